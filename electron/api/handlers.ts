/**
 * The handler map: one use case per channel of the contract. Handlers get
 * inputs already validated by `dispatch`.
 */
import type { AppContext } from '../app/context';
import { listAidRates } from '../db/repositories/aid-rates';
import { listConventions } from '../db/repositories/conventions';
import { listEmployees } from '../db/repositories/employees';
import { listEmployers } from '../db/repositories/employers';
import { listLots } from '../db/repositories/exchange-lots';
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
import { dashboardSummary, workspaceToday } from '../services/dashboard';
import { getEmployee, getEmployer } from '../services/instruct-registry';
import { conventionPdf, denunciationPdf } from '../services/documents';
import { exportCsv } from '../exports/index';
import { deleteView, listViews, saveView } from '../services/views';
import { exportEmployerPackage } from '../services/convention-package';
import { readExchangeSettings, saveExchangeSettings } from '../services/exchange-settings';
import { listExchangeLots, lotDetail } from '../services/exchanges';
import { correctRejectedVersion } from '../services/exchanges-correction';
import { exchangeClock, exportPending, importReturnFile, outboundFile } from '../services/exchanges-files';
import { initializeWorkspace, publish } from '../services/workspace';
import type { Handlers } from './dispatch';

export function createHandlers(ctx: AppContext): Handlers {
  const db = () => ctx.workspaces.ready();
  const sc = (): ServiceContext => ({ db: db(), now: ctx.now, today: ctx.today });
  return {
    'app.info': () => ctx.info,
    'workspace.get': () => ctx.workspaces.state(),
    'workspace.initialize': (input) => initializeWorkspace(ctx, input),
    'workspace.openDemo': ({ role }) => {
      ctx.workspaces.openDemo(role);
      return publish(ctx);
    },
    'workspace.closeDemo': () => {
      ctx.workspaces.closeDemo();
      return publish(ctx);
    },
    'dashboard.summary': ({ today }) => dashboardSummary(db(), today ?? ctx.today()),
    'conventions.list': (filter) => listConventions(db(), filter),
    'views.list': () => listViews(db()),
    'views.save': ({ name, filters }) => saveView(db(), name, filters),
    'views.delete': ({ name }) => deleteView(db(), name),
    'employers.list': (filter) => listEmployers(db(), filter),
    'employees.list': (filter) => listEmployees(db(), filter),
    'lots.list': () => listLots(db()),
    'settings.aidRates': () => listAidRates(db()),
    'shell.openExternal': async ({ url }) => ({ opened: await ctx.openExternal(url) }),
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
    'exports.csv': (input) => exportCsv(db(), input, ctx.today()),
    'exchange.exportPackage': ({ employerId }) => exportEmployerPackage(db(), ctx.workspaces.folder(), employerId, exchangeClock(process.env, ctx.now)),
    'settings.exchange': () => readExchangeSettings(db()),
    'settings.saveExchange': (input) => saveExchangeSettings(db(), input, ctx.now()),
    'exchanges.lots': () => listExchangeLots(db(), workspaceToday(db(), ctx.today())),
    'exchanges.lot': ({ lotId }) => lotDetail(db(), lotId, workspaceToday(db(), ctx.today())),
    'exchanges.export': () => exportPending(db(), ctx.workspaces.folder(), exchangeClock(process.env, ctx.now)),
    'exchanges.lotFile': ({ lotId }) => outboundFile(db(), ctx.workspaces.folder(), lotId, exchangeClock(process.env, ctx.now)),
    'exchanges.import': (input) => importReturnFile(db(), ctx.workspaces.folder(), input, exchangeClock(process.env, ctx.now)),
    'exchanges.correct': (input) => correctRejectedVersion(sc(), input),
  };
}
