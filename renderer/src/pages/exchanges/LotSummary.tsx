/**
 * The head of a lot's page: its file, direction, status, dates and line
 * counts, or the lot a return file answers. A convention package (agency →
 * employer) gets no return file: it says whom it went to or came from and
 * how many conventions it carries, never « en attente du retour ».
 */
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LotRow } from '../../../../shared/api/exchanges-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { formatInteger } from '../../components/count';
import { Direction, LotBadge, OverdueBadge } from './lotColumns';
import { lotLink } from './links';

const day = (instant: string | null) => (instant ? formatDateFr(instant.slice(0, 10)) : '—');

function counts(lot: LotRow): string {
  const c = lot.counts;
  const parts = [
    [c.accepted, 'acceptée', 'acceptées'],
    [c.rejected, 'rejetée', 'rejetées'],
    [c.resent, 'corrigée et renvoyée', 'corrigées et renvoyées'],
    [c.sent, 'en attente du retour', 'en attente du retour'],
    [c.prepared, 'en préparation', 'en préparation'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${formatInteger(n)} ${n > 1 ? many : one}`);
  return `${formatInteger(lot.lines)} ligne${lot.lines > 1 ? 's' : ''}${said.length ? ` : ${said.join(', ')}` : ''}`;
}

// A no-break space keeps « 13 conventions » on one line.
const conventions = (n: number) => `${formatInteger(n)}\u00a0convention${n > 1 ? 's' : ''}`;

/** What a convention package carries (one line per convention) and where it stands. */
function packageContents(lot: LotRow): string {
  const c = lot.counts;
  if (lot.direction === 'IN') {
    const notApplied = c.rejected > 0 ? ` (${formatInteger(c.rejected)} non appliquée${c.rejected > 1 ? 's' : ''})` : '';
    return `Dossier de conventions reçu de l’agence : ${conventions(lot.lines)}${notApplied}`;
  }
  if (c.prepared > 0 || lot.sentAt === null) return `Dossier de conventions en préparation : ${conventions(lot.lines)}`;
  return `Dossier de conventions envoyé à l’employeur : ${conventions(lot.lines)}`;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

export function LotSummary({ lot }: { lot: LotRow }) {
  const isPackage = lot.kind === 'convention-package';
  return (
    <Paper withBorder radius="md" p="md" mb="lg">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm" m={0}>
        <Item label="Fichier">
          <Text span ff="monospace" fz="sm">
            {lot.fileName}
          </Text>
        </Item>
        <Item label="État">
          <Group gap={6} component="span">
            <LotBadge lot={lot} />
            {isPackage ? null : <OverdueBadge lot={lot} />}
          </Group>
        </Item>
        <Item label="Sens">
          <Direction direction={lot.direction} kind={lot.kind} />
        </Item>
        {isPackage ? (
          <>
            {lot.direction === 'OUT' ? (
              <Item label="Préparé le / envoyé le">
                {day(lot.createdAt)} / {day(lot.sentAt)}
              </Item>
            ) : (
              <Item label="Importé le">{day(lot.acknowledgedAt ?? lot.createdAt)}</Item>
            )}
            <Item label="Contenu">{packageContents(lot)}</Item>
          </>
        ) : lot.direction === 'OUT' ? (
          <>
            <Item label="Préparé le / envoyé le">
              {day(lot.createdAt)} / {day(lot.sentAt)}
            </Item>
            <Item label="Retour reçu le">
              {lot.acknowledgedAt
                ? day(lot.acknowledgedAt)
                : lot.daysWithoutReturn !== null
                  ? `Pas encore (envoyé depuis ${formatInteger(lot.daysWithoutReturn)} jour${lot.daysWithoutReturn > 1 ? 's' : ''})`
                  : '—'}
            </Item>
            <Item label="Lignes">{counts(lot)}</Item>
          </>
        ) : (
          <>
            <Item label="Importé le">{day(lot.acknowledgedAt ?? lot.createdAt)}</Item>
            <Item label="Répond au lot">
              {lot.answers ? (
                <Anchor component={Link} to={lotLink(lot.answers.lotId)} ff="monospace" fz="sm">
                  {lot.answers.fileName}
                </Anchor>
              ) : (
                'aucun (avis de paiement seuls)'
              )}
            </Item>
          </>
        )}
      </SimpleGrid>
    </Paper>
  );
}
