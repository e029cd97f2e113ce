import { Button, Checkbox, Group, Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { cavAuthorityOf, employmentAgencyName, needsDepartmentDelegation, type Finding } from '../../../../shared/rules/index';
import { FrDateInput } from '../../components/inputs/FrDateInput';
import { FrHoursInput } from '../../components/inputs/FrHoursInput';
import { AmountField, bind, DateField, LongTextField, TextField } from './fields';
import { FormSection, Row } from './FormSection';
import { useInstructForm } from './formContext';
import { cavAuthorityOptions } from './labels';
import { withCavAuthority, withHoursProgramme, withNewProgrammePeriod, withoutProgrammePeriod, withProgrammePeriod } from './model';
import type { CavAuthority } from '../../../../shared/rules/vocabulary';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';

/**
 * The contents a contrat d’avenir’s convention must hold beyond form
 * CAE-0515 (art. R. 5134-49, 7° to 11°, 14° and 15°), and who concludes it
 * (art. R. 5134-41 to R. 5134-43); the others are in the sections above
 * (identity and addresses, NIR, job, dates, hours, collector, aid).
 */
export function CavSection() {
  return (
    <FormSection
      title="Contrat d’avenir : contenus de la convention (art. R. 5134-49)"
      note="Les adresses de l’employeur et du salarié (1° et 2°) et le NIR (4°) sont demandés plus haut."
    >
      <AuthorityFields />
      <HoursProgrammeFields />
      <Row>
        <TextField path="support.actionsDuration" label="8° Durée des actions d’accompagnement et de formation" hint="Ex. 120 heures sur la durée du contrat" />
        <TextField path="support.referent" label="9° Personne ou organisme chargé du placement ou de l’insertion (référent)" />
      </Row>
      <Row>
        <AmountField path="funding.allowanceDebtorAid" label="10° Aide mensuelle versée par le débiteur de l’allocation" />
        <TextField path="funding.allowancePayer" label="11° Organisme chargé du versement de l’allocation" hint="Ex. Conseil général du Rhône, Assédic" />
      </Row>
      <LongTextField path="clauses.monitoring" label="14° Modalités de contrôle et d’évaluation de la convention" />
      <LongTextField
        path="clauses.repayment"
        label="15° Modalités de reversement des aides"
        hint="Par défaut : reversement intégral en cas de dénonciation (art. R. 5134-52)"
      />
    </FormSection>
  );
}

/** Who concludes the convention and signs it; without a choice, the State (docs/rules.md). */
function AuthorityFields() {
  const form = useInstructForm();
  const { doc } = form;
  const authority = cavAuthorityOf(doc);
  const agency = employmentAgencyName(doc.signedOn ?? doc.filedOn ?? doc.contract?.hiredOn ?? '2008-05-01');
  return (
    <>
      <Input.Wrapper
        label="Qui conclut la convention"
        description={`La convention de l’art. L. 5134-38 est conclue par le président du conseil général, le maire ou le président de l’EPCI (art. R. 5134-41) ; celle de l’art. L. 5134-39, pour le compte de l’État, par ${agency === 'ANPE' ? 'l’ANPE' : 'Pôle emploi'} (art. R. 5134-42).`}
        inputWrapperOrder={['label', 'input', 'description']}
      >
        <SegmentedControl
          mt={4}
          fullWidth
          name="concludedBy.authority"
          aria-label="Qui conclut la convention"
          data={cavAuthorityOptions(agency).map(([value, label]) => ({ value, label }))}
          value={authority}
          disabled={form.readOnly}
          onChange={(value) => form.update((d) => withCavAuthority(d, value as CavAuthority))}
        />
      </Input.Wrapper>
      {authority === 'STATE' ? null : (
        <Row>
          <TextField path="concludedBy.name" label="Collectivité signataire" hint="Ex. Département du Nord, Commune de Roubaix" />
          <TextField
            path="concludedBy.delegate"
            label="Organisme délégataire qui signe la convention (le cas échéant)"
            hint="Art. R. 5134-44 5° et R. 5134-51 : l’autorité ou le délégataire signataire"
          />
        </Row>
      )}
      {needsDepartmentDelegation(authority) ? (
        <Row>
          <DateField
            path="concludedBy.departmentDelegationOn"
            label="Convention de délégation conclue avec le département le"
            hint="Exigée avant la convention pour un bénéficiaire du RMI (art. R. 5134-41, al. 2, et R. 5134-43)"
          />
        </Row>
      ) : null}
    </>
  );
}

/** 7° and R. 5134-60: the indicative programme of variable hours, period by period. */
function HoursProgrammeFields() {
  const form = useInstructForm();
  const programme = form.doc.contract?.hoursProgramme;
  const periods = programme?.periods ?? [];
  const average = form.findings.get('contract.hoursProgramme.periods') ?? [];
  return (
    <Stack gap="xs">
      <Checkbox
        name="contract.hoursProgramme"
        label="7° La durée du travail varie selon un programme indicatif (art. R. 5134-60)"
        description="Dans la limite d’un tiers de la durée du contrat, égale en moyenne sur un an à cette durée ; programme communiqué par écrit au salarié quinze jours ouvrés avant la période."
        checked={programme !== undefined && programme !== null}
        disabled={form.readOnly}
        onChange={(e) => {
          const variable = e.currentTarget.checked;
          form.update((d) => withHoursProgramme(d, variable));
        }}
      />
      {programme ? (
        <>
          <Row>
            <DateField path="contract.hoursProgramme.periodStart" label="Début de la période annuelle de référence" />
            <DateField path="contract.hoursProgramme.notifiedOn" label="Programme communiqué au salarié le" />
          </Row>
          <Text size="sm" c="dimmed">
            Les semaines hors des périodes ci-dessous sont à la durée hebdomadaire du contrat.
          </Text>
          {periods.map((period, i) => (
            <PeriodRow key={i} index={i} from={period.from ?? null} to={period.to ?? null} weeklyHours={period.weeklyHours ?? null} />
          ))}
          <FindingLines findings={average} />
          <Group>
            <Button variant="light" size="xs" disabled={form.readOnly} onClick={() => form.update(withNewProgrammePeriod)}>
              Ajouter une période
            </Button>
          </Group>
        </>
      ) : null}
    </Stack>
  );
}

function PeriodRow({ index, from, to, weeklyHours }: { index: number; from: string | null; to: string | null; weeklyHours: number | null }) {
  const form = useInstructForm();
  const path = (part: string) => `contract.hoursProgramme.periods[${index}].${part}`;
  const set = (part: 'from' | 'to' | 'weeklyHours') => (value: string | number | null) => form.update((d) => withProgrammePeriod(d, index, part, value));
  return (
    <Stack gap={4} role="group" aria-label={`Période ${index + 1} du programme`}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          Période {index + 1}
        </Text>
        <Button
          variant="subtle"
          color="red"
          size="compact-xs"
          disabled={form.readOnly}
          onClick={() => form.update((d) => withoutProgrammePeriod(d, index))}
          aria-label={`Retirer la période ${index + 1}`}
        >
          Retirer
        </Button>
      </Group>
      <Row cols={3}>
        <FrDateInput label="Du" {...bind(form, path('from'))} value={from} onChange={set('from')} />
        <FrDateInput label="Au" {...bind(form, path('to'))} value={to} onChange={set('to')} />
        <FrHoursInput label="Heures par semaine" {...bind(form, path('weeklyHours'))} value={weeklyHours} onChange={set('weeklyHours')} />
      </Row>
    </Stack>
  );
}

/** Findings that name the whole list (the yearly average), under it. */
function FindingLines({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <Stack gap={2} id="champ-contract-hoursProgramme-periods">
      {findings.map((f, i) => (
        <Text key={`${f.code}-${i}`} size="xs" c={f.severity === 'error' ? 'red.8' : f.severity === 'warning' ? 'orange.9' : 'dimmed'} data-finding={f.code}>
          {f.message}{' '}
          <Text span size="xs" c="dimmed">
            ({readableLegalRef(f.legalRef)})
          </Text>
        </Text>
      ))}
    </Stack>
  );
}
