import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { boldParts, STATEMENT_DATE, STATEMENT_SECTIONS, STATEMENT_TITLE, type StatementBlock } from '../../../../shared/accessibility/statement';
import { PageHeader } from '../../components/PageHeader';

/** A text with its bold parts, and its web addresses as links. */
function Rich({ text }: { text: string }) {
  return boldParts(text).map((part, i) =>
    i % 2 === 1 ? (
      <strong key={i}>{part}</strong>
    ) : (
      part.split(/(https:\/\/\S+)/).map((piece, j) =>
        piece.startsWith('https://') ? (
          <Anchor key={`${i}-${j}`} href={piece} target="_blank" rel="noreferrer">
            {piece}
          </Anchor>
        ) : (
          piece
        ),
      )
    ),
  );
}

function Block({ block }: { block: StatementBlock }) {
  if (typeof block === 'string') {
    return (
      <Text>
        <Rich text={block} />
      </Text>
    );
  }
  return (
    <List spacing={4}>
      {block.map((item) => (
        <List.Item key={item}>
          <Rich text={item} />
        </List.Item>
      ))}
    </List>
  );
}

/** « Déclaration d’accessibilité »: the statement RGAA asks for, the same text as in README.md. */
export function AccessibilityStatementPage() {
  return (
    <>
      <PageHeader title={STATEMENT_TITLE} description={`RGAA 4.1 — établie le ${STATEMENT_DATE}.`} />
      <Stack gap="lg" maw={880}>
        {STATEMENT_SECTIONS.map((section) => (
          <Paper key={section.title} withBorder p="lg" radius="md" component="section" aria-label={section.title}>
            <Title order={2} size="h3" mb="sm">
              {section.title}
            </Title>
            <Stack gap="sm">
              {section.blocks.map((block, i) => (
                <Block key={i} block={block} />
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
