/**
 * The requests of the profile and establishment forms, from what was typed,
 * checked with the contract's own schemas: the same French messages as the
 * service (a SIRET whose SIREN or SIRET key is wrong, an IBAN whose key is
 * wrong, the collector's name missing for « Autre »).
 */
import { employerProfileInput, establishmentInput } from '../../../../shared/api/employer-contract';
import type { ChannelInput } from '../../../../shared/api/contract';
import { issuesToFieldErrors, type FieldErrors } from '../welcome/fieldErrors';

const PROFILE_FIELDS = ['name', 'status', 'collector', 'collectorName', 'iban', 'signatoryName', 'signatoryQuality'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileTyped = Record<ProfileField, string>;

const ESTABLISHMENT_FIELDS = ['siret', 'name', 'address', 'postalCode', 'city'] as const;
export type EstablishmentField = (typeof ESTABLISHMENT_FIELDS)[number];
export type EstablishmentTyped = Record<EstablishmentField, string>;

type Checked<I, F extends string> = { ok: true; input: I } | { ok: false; errors: FieldErrors<F> };

/** An empty IBAN keeps the one stored (it is never shown in full to be retyped). */
export function checkProfile(typed: ProfileTyped): Checked<ChannelInput<'profile.save'>, ProfileField> {
  const input = {
    name: typed.name,
    status: typed.status,
    collector: typed.collector,
    ...(typed.collector === 'AUTRE' && typed.collectorName.trim() ? { collectorName: typed.collectorName } : {}),
    ...(typed.iban.trim() ? { iban: typed.iban } : {}),
    signatoryName: typed.signatoryName,
    signatoryQuality: typed.signatoryQuality,
  } as ChannelInput<'profile.save'>;
  const checked = employerProfileInput.safeParse(input);
  return checked.success ? { ok: true, input } : { ok: false, errors: issuesToFieldErrors(checked.error.issues, PROFILE_FIELDS) };
}

export function checkEstablishment(typed: EstablishmentTyped, id: number | null): Checked<ChannelInput<'establishments.save'>, EstablishmentField> {
  const input: ChannelInput<'establishments.save'> = { siret: typed.siret, name: typed.name };
  if (id !== null) input.id = id;
  if (typed.address.trim()) input.address = typed.address;
  if (typed.postalCode.trim()) input.postalCode = typed.postalCode;
  if (typed.city.trim()) input.city = typed.city;
  const checked = establishmentInput.safeParse(input);
  return checked.success ? { ok: true, input } : { ok: false, errors: issuesToFieldErrors(checked.error.issues, ESTABLISHMENT_FIELDS) };
}

/** `12345678901234` → `123 456 789 01234`: the SIREN in threes, then the NIC. */
export function groupSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}
