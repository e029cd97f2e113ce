/**
 * The architecture's directions, checked by `npm run lint` (dependency-cruiser)
 * and proved rule by rule by test/unit/boundaries.test.ts. The folders of
 * electron/ import only downward:
 *
 *   main, preload, server, cli → api → app → exports → services → sync, documents → db → shared
 *
 * (`cae start` launches the browser-mode server: cli → server is allowed.)
 * renderer/ imports shared/ only; shared/rules imports nothing of the project
 * outside itself. Type-only imports count. Tests (`*.test.ts(x)`, `test/`)
 * may import anything.
 */

/** Tests and their helpers: free to import anything of the project. */
const TESTS = '(^test/|\\.test\\.tsx?$)';
/** The `electron` package (resolved through tsconfig paths, or not installed). */
const ELECTRON_PACKAGE = '^node_modules/(electron|\\.electron-types)/|^electron$';

const product = (path) => ({ path, pathNot: TESTS });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Import circulaire : sortez ce que les deux modules partagent dans un troisième (des types dans un types.ts, par exemple), ou passez une fonction en paramètre pour inverser la dépendance.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'renderer-not-electron',
      severity: 'error',
      comment:
        "Le renderer ne parle au processus principal que par l'API typée (shared/api, appelée par renderer/src/api) : déplacez dans shared/ le code dont les deux côtés ont besoin.",
      from: product('^renderer/'),
      to: { path: `^electron/|${ELECTRON_PACKAGE}` },
    },
    {
      name: 'shared-not-electron-or-renderer',
      severity: 'error',
      comment:
        "shared/ (dont le contrat shared/api) ne dépend que de lui-même : déplacez dans shared/ ce dont il a besoin, ou faites l'appel depuis electron/ ou renderer/.",
      from: product('^shared/'),
      to: { path: `^(electron|renderer)/|${ELECTRON_PACKAGE}` },
    },
    {
      name: 'rules-self-contained',
      severity: 'error',
      comment:
        'shared/rules ne dépend que de lui-même et de paquets npm : déplacez dans shared/rules ce dont les règles ont besoin (vocabulaire, formats), jamais l’inverse.',
      from: product('^shared/rules/'),
      to: { pathNot: '^(shared/rules/|node_modules/)' },
    },
    {
      name: 'entry-points-not-imported',
      severity: 'error',
      comment:
        "main, preload, server et cli sont des points d'entrée : ils assemblent le reste et personne ne les importe. Déplacez le code commun vers electron/api, electron/app ou plus bas.",
      from: product('^electron/(api|app|exports|services|sync|documents|db|security|threads)/'),
      to: { path: '^electron/(main|preload|server|cli)/' },
    },
    {
      name: 'preload-sandboxed',
      severity: 'error',
      comment:
        'Le preload tourne dans le bac à sable du renderer : il n’importe que lui-même, shared/ et electron. Les noms de canaux partagés avec main sont dans electron/preload/ipc-names.ts.',
      from: product('^electron/preload/'),
      to: { path: '^electron/', pathNot: '^electron/preload/' },
    },
    {
      name: 'product-not-test',
      severity: 'error',
      comment: 'Le code livré n’importe rien de test/ : une aide utile au produit va dans son dossier (electron/…, shared/…), les tests l’importent de là.',
      from: { pathNot: TESTS },
      to: { path: '^test/' },
    },
    {
      name: 'app-not-api',
      severity: 'error',
      comment:
        "L'API est construite sur le contexte de l'application, pas l'inverse : l'assemblage (contexte → traitements → dispatch) est dans electron/api/app-services.ts.",
      from: product('^electron/app/'),
      to: { path: '^electron/api/' },
    },
    {
      name: 'exports-not-api-or-app',
      severity: 'error',
      comment: 'Les exports CSV lisent les listes des services : ils reçoivent la base et la date en paramètres, sans connaître l’API ni le contexte.',
      from: product('^electron/exports/'),
      to: { path: '^electron/(api|app)/' },
    },
    {
      name: 'services-not-app-or-api',
      severity: 'error',
      comment:
        "Les services ne connaissent ni l'API, ni le contexte de l'application, ni les exports : ils reçoivent ce qu'il leur faut en paramètre (base ouverte, Clock d'electron/services/clock.ts, interface déclarée chez eux) ; c'est electron/api qui les appelle.",
      from: product('^electron/services/'),
      to: { path: '^electron/(api|app|exports)/' },
    },
    {
      name: 'sync-documents-not-services',
      severity: 'error',
      comment:
        "electron/sync et electron/documents sont sous les services : un service les appelle et fait la suite (ex. le recalcul des aides attendues, passé en rappel à l'import d'un dossier de conventions).",
      from: product('^electron/(sync|documents)/'),
      to: { path: '^electron/(api|app|exports|services)/' },
    },
    {
      name: 'pdf-renderers-lazy',
      severity: 'error',
      comment:
        'Les rendus PDF (@react-pdf/renderer, une demi-seconde à charger) se chargent au premier document, par electron/documents/lazy.ts : hors de electron/documents, seuls lazy.ts et database.ts s’importent (et les types).',
      from: product('^(electron|shared)/(?!documents/)'),
      to: { path: '^electron/documents/', pathNot: '^electron/documents/(lazy|database)[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-self-contained',
      severity: 'error',
      comment:
        "electron/db n'importe que lui-même et shared/ : un dépôt ne connaît ni les services ni les échanges ; la logique qui l'appelle reste au-dessus.",
      from: product('^electron/db/'),
      to: { path: '^electron/', pathNot: '^electron/db/' },
    },
    {
      name: 'sync-package-match-below-plan',
      severity: 'error',
      comment: 'plan.ts appelle match.ts, pas l’inverse : les types du plan sont dans electron/sync/package/types.ts, que les deux importent.',
      from: product('^electron/sync/package/match\\.ts$'),
      to: { path: '^electron/sync/package/plan\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: '^node_modules/' },
    exclude: { path: '^(out|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
