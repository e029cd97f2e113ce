/**
 * The employer workspace's profile and establishments. The profile is the
 * organisation's (name, status, collector, bank account, the person who signs
 * its documents); its status, collector and account go on each
 * establishment, whose SIRET the conventions name. Each write is one
 * transaction, recorded in the audit log; only an employer workspace has them.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { maskIban } from '../../shared/format/iban';
import { inTransaction } from '../db/connection';
import { appendAudit } from '../db/repositories/audit';
import { findEmployer } from '../db/repositories/employers';
import {
  applyProfileToEstablishments,
  establishmentIdBySiret,
  getEmployerProfile,
  insertEstablishment,
  listEstablishments,
  putEmployerProfile,
  updateEstablishment,
  type EmployerProfile,
} from '../db/repositories/employer-profile';
import { getWorkspace } from '../db/repositories/workspace';
import { workspaceActor } from '../db/repositories/accounts';

interface ProfileContext {
  db: Database;
  now: () => string;
}

function assertEmployerWorkspace(db: Database): string {
  const ws = getWorkspace(db);
  if (ws?.role !== 'employeur') {
    throw new AppError('CONFLICT', 'Le profil et les établissements sont ceux d’un espace employeur : cet espace est celui d’une agence.');
  }
  return workspaceActor(db);
}

export function readProfile(db: Database): ChannelOutput<'profile.get'> {
  const p = getEmployerProfile(db);
  return {
    profile: p
      ? {
          name: p.name,
          status: p.status,
          collector: p.collector,
          collectorName: p.collectorName,
          ibanMasked: maskIban(p.iban),
          signatoryName: p.signatoryName,
          signatoryQuality: p.signatoryQuality,
          updatedAt: p.updatedAt,
        }
      : null,
    establishments: listEstablishments(db),
  };
}

export function saveProfile(ctx: ProfileContext, input: ParsedInput<'profile.save'>): ChannelOutput<'profile.save'> {
  const actor = assertEmployerWorkspace(ctx.db);
  inTransaction(ctx.db, () => {
    const before = getEmployerProfile(ctx.db);
    const at = ctx.now();
    const profile: EmployerProfile = {
      name: input.name,
      status: input.status,
      collector: input.collector,
      collectorName: input.collector === 'AUTRE' ? (input.collectorName ?? null) : null,
      iban: input.iban ?? before?.iban ?? null,
      signatoryName: input.signatoryName,
      signatoryQuality: input.signatoryQuality,
      updatedAt: at,
    };
    putEmployerProfile(ctx.db, profile);
    applyProfileToEstablishments(ctx.db, profile, at);
    appendAudit(ctx.db, {
      at,
      actor,
      action: 'profile.save',
      details: { created: before === null, ibanChanged: input.iban !== undefined && input.iban !== before?.iban },
    });
  });
  return readProfile(ctx.db);
}

export function saveEstablishment(ctx: ProfileContext, input: ParsedInput<'establishments.save'>): ChannelOutput<'establishments.save'> {
  const actor = assertEmployerWorkspace(ctx.db);
  inTransaction(ctx.db, () => {
    const profile = getEmployerProfile(ctx.db);
    if (!profile) {
      throw new AppError(
        'CONFLICT',
        'Renseignez d’abord le profil de l’organisme (statut, organisme de recouvrement, signataire) : chaque établissement le reprend.',
      );
    }
    const holder = establishmentIdBySiret(ctx.db, input.siret);
    if (holder !== null && holder !== input.id) throw new AppError('CONFLICT', `Le SIRET ${input.siret} est déjà celui d’un établissement de cet espace.`);
    const fields = {
      siret: input.siret,
      name: input.name,
      address: input.address || null,
      postalCode: input.postalCode || null,
      city: input.city || null,
      department: departmentOf(input.postalCode),
    };
    const at = ctx.now();
    let id = input.id;
    if (id === undefined) {
      id = insertEstablishment(ctx.db, fields, profile, at);
    } else {
      assertEditable(ctx.db, id, input.siret);
      updateEstablishment(ctx.db, id, fields, at);
    }
    appendAudit(ctx.db, {
      at,
      actor,
      action: 'establishments.save',
      entity: 'employer',
      entityId: id,
      details: { siret: input.siret, created: input.id === undefined },
    });
  });
  return readProfile(ctx.db);
}

/** An establishment exists; once conventions name it, its SIRET stays (their documents carry it). */
function assertEditable(db: Database, id: number, siret: string): void {
  const current = listEstablishments(db).find((e) => e.id === id);
  if (!current) throw new AppError('NOT_FOUND', `L’établissement n° ${id} n’existe pas (ou plus) dans cet espace.`);
  if (current.siret !== siret && current.conventions > 0) {
    throw new AppError(
      'CONFLICT',
      `Le SIRET ${current.siret} est porté par les conventions de cet établissement : il ne change pas. Ajoutez plutôt un nouvel établissement.`,
    );
  }
}

/** The department of a postal code (`69003` → `69`, `97411` → `974`); Corsica (20…) is left to the agency's package. */
function departmentOf(postalCode: string | undefined): string | null {
  if (!postalCode || postalCode.startsWith('20')) return null;
  return postalCode.startsWith('97') ? postalCode.slice(0, 3) : postalCode.slice(0, 2);
}

/** `12 rue X, 69003 Lyon`: the street, then the postal code and town unless the street line already ends with them (a convention's address). */
function fullAddress(e: { address: string | null; postalCode: string | null; city: string | null }): string | null {
  const town = [e.postalCode, e.city].filter(Boolean).join(' ');
  const street = e.address?.trim() ?? '';
  if (town === '' || (e.postalCode !== null && street.includes(e.postalCode))) return street || null;
  return street ? `${street}, ${town}` : town;
}

/** An establishment with the organisation's profile, for the form of a convention entered by hand. */
export function establishmentForForm(db: Database, id: number): ChannelOutput<'establishments.get'> {
  assertEmployerWorkspace(db);
  const e = findEmployer(db, id);
  const place = listEstablishments(db).find((x) => x.id === id);
  if (!e || !place) throw new AppError('NOT_FOUND', `L’établissement n° ${id} n’existe pas (ou plus) dans cet espace.`);
  const p = getEmployerProfile(db);
  return {
    siret: e.siret,
    name: e.name,
    address: fullAddress(place),
    status: p?.status ?? e.status,
    collector: p?.collector ?? e.collector,
    collectorName: p?.collectorName ?? null,
    iban: p?.iban ?? e.iban,
    signatory: p ? { name: p.signatoryName, quality: p.signatoryQuality } : null,
  };
}
