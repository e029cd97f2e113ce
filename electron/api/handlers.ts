/**
 * The handler map: one use case per channel of the contract. Handlers get
 * inputs already validated by `dispatch`.
 */
import { fileInstant, type AppContext } from '../app/context';
import {
  addAvenant,
  deleteDraft,
  denunciationStep,
  diffConventionVersions,
  getConvention,
  recordEvent,
  saveDraft,
  transition,
  type ServiceContext,
} from '../services/conventions/index';
import { proposeAidRate } from '../services/aid-rate-proposal';
import { dashboardSummary } from '../services/dashboard';
import { getEmployee, getEmployer } from '../services/instruct-registry';
import { conventionPdf, denunciationPdf } from '../services/documents';
import { eventDeclarationPdf } from '../services/declarations';
import { staffRepresentativesReportPdf } from '../services/staff-representatives-report';
import { exportInWorker, saveCsvToFile } from './export-csv';
import { throttledProgress } from '../services/progress';
import { deleteView, listViews, saveView } from '../services/views';
import { exportEmployerPackage } from '../services/exchanges/convention-package';
import { readExchangeSettings, saveExchangeSettings } from '../services/exchanges/settings';
import { listExchangeLots } from '../services/exchanges/lots';
import { lotDetail } from '../services/exchanges/reads';
import { correctRejectedVersion } from '../services/exchanges/correction';
import { exportPending, importReturnFile, outboundFile } from '../services/exchanges/files';
import { aidRateList, conventionList, employeeList, employerList } from '../services/lists';
import { initializeWorkspace, unlockWorkspace, publish } from '../services/workspace';
import { workspaceNow, workspaceToday } from '../services/workspace-day';
import { aidsOverview, conventionAid, deleteReceivedPayment, exemptionTable, recordReceivedPayment } from '../services/aids';
import { establishmentForForm, readProfile, saveEstablishment, saveProfile } from '../services/employer-profile';
import { staffList, staffMember } from '../services/staff';
import { activityProofPdf, checkTypedActivity, conventionActivity, prepareProofs, saveActivity } from '../services/activity';
import { markObligationDone, obligationList, saveObligationSettings, unmarkObligation } from '../services/obligations';
import { backupNow, restoreBackup, saveBackupSettings, workspaceBackups } from '../app/backups';
import { retentionHandlers } from '../app/retention';
import { accountsStatus, createAccount, listAccounts, resetPassword, saveAccountSettings, signIn, signOut, type AccountsContext } from '../services/accounts';
import type { Handlers } from './dispatch';

/** The accounts of the open workspace, with the wall clock of inactivity and failed sign-ins. */
const accountsContext = (ctx: AppContext, wallClock: () => number): AccountsContext => ({ db: ctx.workspaces.ready(), now: ctx.now, clock: wallClock });

/** Sign-in, sign-out and the accounts of the open workspace. */
function accountsHandlers(ctx: AppContext, wallClock: () => number): Pick<Handlers, `accounts.${string}` & keyof Handlers> {
  const acc = () => accountsContext(ctx, wallClock);
  return {
    'accounts.status': () => accountsStatus(acc()),
    'accounts.signIn': (input) => signIn(acc(), input),
    'accounts.signOut': () => signOut(acc()),
    'accounts.list': () => listAccounts(acc()),
    'accounts.create': (input) => createAccount(acc(), input),
    'accounts.resetPassword': (input) => {
      resetPassword(acc(), input);
      return listAccounts(acc());
    },
    'accounts.saveSettings': ({ lockMinutes }) => saveAccountSettings(acc(), lockMinutes),
  };
}

/** Creating, unlocking and switching the open workspace (the user's own or a demo). */
function workspaceHandlers(
  ctx: AppContext,
): Pick<Handlers, 'workspace.get' | 'workspace.initialize' | 'workspace.unlock' | 'workspace.openDemo' | 'workspace.closeDemo'> {
  return {
    'workspace.get': () => ctx.workspaces.state(),
    'workspace.initialize': (input) => initializeWorkspace(ctx, input),
    'workspace.unlock': (input) => unlockWorkspace(ctx, input),
    'workspace.openDemo': ({ role }) => {
      ctx.workspaces.openDemo(role);
      return publish(ctx);
    },
    'workspace.closeDemo': () => {
      ctx.workspaces.closeDemo();
      return publish(ctx);
    },
  };
}

export function createHandlers(ctx: AppContext, wallClock: () => number = Date.now): Handlers {
  const db = () => ctx.workspaces.ready();
  const sc = (): ServiceContext => ({ db: db(), now: ctx.now, today: ctx.today });
  /** The day the open workspace is seen from (a demo's reference date); the instant of the exchange files. */
  const seenFrom = () => workspaceToday(db(), ctx);
  const fileAt = () => fileInstant(ctx);
  /**
   * The employer's records (proofs of activity, obligations) see the workspace from its day (a demo's reference date):
   * a month is recorded once over, and recorded that day; their lot is dated that day too.
   */
  const seenNow = () => workspaceNow(db(), ctx);
  const activity = (): ServiceContext => ({ db: db(), now: seenNow, today: seenFrom });
  return {
    'app.info': () => ({ ...ctx.info, today: ctx.today() }),
    ...workspaceHandlers(ctx),
    'dashboard.summary': ({ today }) => dashboardSummary(db(), today ?? ctx),
    'conventions.list': (filter) => conventionList(db(), filter),
    'views.list': () => listViews(db()),
    'views.save': ({ name, filters }) => saveView(db(), name, filters),
    'views.delete': ({ name }) => deleteView(db(), name),
    'employers.list': (filter) => employerList(db(), filter),
    'employees.list': (filter) => employeeList(db(), filter),
    'settings.aidRates': () => aidRateList(db()),
    'conventions.get': ({ id }) => getConvention(sc(), id),
    'conventions.saveDraft': (input) => saveDraft(sc(), input),
    'conventions.deleteDraft': ({ id }) => deleteDraft(sc(), id),
    'conventions.transition': (input) => transition(sc(), input),
    'conventions.addAvenant': (input) => addAvenant(sc(), input),
    'conventions.recordEvent': (input) => recordEvent(sc(), input),
    'conventions.denunciation': (input) => denunciationStep(sc(), input),
    'conventions.diff': (input) => diffConventionVersions(sc(), input),
    'settings.proposeAidRate': (input) => proposeAidRate(db(), input),
    'employers.get': ({ id }) => getEmployer(db(), id),
    'employees.get': ({ id }) => getEmployee(sc(), id),
    'documents.conventionPdf': (input) => conventionPdf(db(), input),
    'documents.denunciationPdf': (input) => denunciationPdf(db(), input),
    // Dated, when not yet reported, on the workspace's day (a demo's reference date), as the proofs of activity.
    'documents.eventDeclarationPdf': (input) => eventDeclarationPdf(activity(), input),
    // Seen from the workspace's day (a demo's reference date): the year in progress up to it, dated that day.
    'documents.staffRepresentativesReportPdf': (input) => staffRepresentativesReportPdf(activity(), input),
    'exports.csv': (input) => exportInWorker(ctx, input),
    'exports.csvToFile': (input) => saveCsvToFile(ctx, input),
    'exchanges.exportPackage': ({ employerId }) => exportEmployerPackage(db(), ctx.workspaces.folder(), employerId, fileAt()),
    'settings.exchange': () => readExchangeSettings(db()),
    'settings.saveExchange': (input) => saveExchangeSettings(db(), input, ctx.now()),
    'exchanges.lots': () => listExchangeLots(db(), seenFrom()),
    'exchanges.lot': ({ lotId }) => lotDetail(db(), lotId, seenFrom()),
    'exchanges.export': () => exportPending(db(), ctx.workspaces.folder(), fileAt()),
    'exchanges.lotFile': ({ lotId }) => outboundFile(db(), ctx.workspaces.folder(), lotId, fileAt()),
    'exchanges.import': (input) => {
      // The lines checked (preview) or applied, at the bottom of the screen (issue #16).
      const onProgress = throttledProgress((done, total) => ctx.emit('task.progress', { task: 'import', done, total }));
      return importReturnFile(db(), { folder: ctx.workspaces.folder(), passphrase: ctx.workspaces.folderPassphrase(), onProgress }, input, fileAt());
    },
    'exchanges.correct': (input) => correctRejectedVersion(sc(), input),
    'activity.get': ({ conventionId }) => conventionActivity(activity(), conventionId),
    'activity.check': (input) => checkTypedActivity(activity(), input),
    'activity.save': (input) => saveActivity(activity(), input),
    'activity.proofPdf': (input) => activityProofPdf(activity(), input),
    'activity.prepareProofs': ({ conventionId }) => prepareProofs(db(), ctx.workspaces.folder(), fileInstant({ now: seenNow }), conventionId),
    'aids.overview': () => aidsOverview(db(), seenFrom()),
    'aids.convention': ({ id }) => conventionAid(db(), id, seenFrom()),
    'aids.recordPayment': (input) => recordReceivedPayment(sc(), seenFrom(), input),
    'aids.deletePayment': ({ id }) => deleteReceivedPayment(sc(), seenFrom(), id),
    'aids.exemptions': () => exemptionTable(db()),
    'profile.get': () => readProfile(db()),
    'profile.save': (input) => saveProfile(sc(), input),
    'establishments.save': (input) => saveEstablishment(sc(), input),
    'establishments.get': ({ id }) => establishmentForForm(db(), id),
    'staff.list': () => staffList(sc(), seenFrom()),
    'staff.get': ({ employeeId }) => staffMember(sc(), employeeId, seenFrom()),
    'obligations.list': () => obligationList(activity(), seenFrom()),
    'obligations.markDone': (input) => markObligationDone(activity(), seenFrom(), input),
    'obligations.unmark': ({ key }) => unmarkObligation(activity(), seenFrom(), key),
    'obligations.saveSettings': (input) => saveObligationSettings(activity(), seenFrom(), input),
    'backups.list': () => workspaceBackups(ctx),
    'backups.create': () => backupNow(ctx),
    'backups.saveSettings': ({ keep }) => saveBackupSettings(ctx, keep),
    'backups.restore': ({ name }) => restoreBackup(ctx, name),
    ...retentionHandlers(ctx),
    ...accountsHandlers(ctx, wallClock),
  };
}
