/**
 * Every screen's address, in one place. router.tsx mounts the patterns, the navigation and the
 * screens link with the builders; a feature gets a link it needs from its route (a prop) or from
 * here, never by writing the path out. Ids are encoded: a path segment must not carry a '/'.
 */
const segment = (id: string): string => encodeURIComponent(id);

export const routePaths = {
  home: '/',
  beneficiaries: {
    search: '/beneficiaries',
    create: '/beneficiaries/new',
    /** Importing the association's existing list. */
    import: '/beneficiaries/import',
    view: (id: string) => `/beneficiaries/${segment(id)}`,
    edit: (id: string) => `/beneficiaries/${segment(id)}/edit`,
    newRequest: (beneficiaryId: string) => `/beneficiaries/${segment(beneficiaryId)}/requests/new`,
  },
  requests: {
    list: '/requests',
    pickBeneficiary: '/requests/new',
    view: (id: string) => `/requests/${segment(id)}`,
  },
  cases: {
    list: '/cases',
    create: '/cases/new',
    /** A new case recorded from a beneficiary's file. */
    createFor: (beneficiaryId: string) => `/cases/new?file=${segment(beneficiaryId)}`,
    followUp: '/cases/follow-up',
    /** Telling beneficiaries of changed request requirements (policy 3.7c). */
    informChanges: '/cases/inform-changes',
    view: (id: string) => `/cases/${segment(id)}`,
  },
  /** Compensation for harm the association caused (policy 3.4). */
  compensation: {
    list: '/compensation',
    view: (id: string) => `/compensation/${segment(id)}`,
  },
  /** Beneficiaries' data requests (PDPL) and the retention review. */
  dataRequests: {
    list: '/data-requests',
    /** A new data request recorded from a beneficiary's file. */
    createFor: (beneficiaryId: string) => `/data-requests/new?file=${segment(beneficiaryId)}`,
    retention: '/data-requests/retention',
    view: (id: string) => `/data-requests/${segment(id)}`,
  },
  /** Management's figures (policy 3.8e–f). */
  dashboard: '/dashboard',
  visits: {
    list: '/visits',
    view: (id: string) => `/visits/${segment(id)}`,
  },
  surveys: {
    home: '/surveys',
    newQuestionnaire: '/surveys/questionnaires/new',
    questionnaire: (id: string) => `/surveys/questionnaires/${segment(id)}`,
    newCampaign: '/surveys/campaigns/new',
    tasks: (id: string) => `/surveys/campaigns/${segment(id)}/tasks`,
    results: (campaignId: string) => `/surveys/results?campaign=${segment(campaignId)}`,
  },
  catalog: '/catalog',
  /** The policy library (Art. 4). */
  policy: '/policy',
  staff: '/staff',
  settings: '/settings',
  duplicates: {
    list: '/duplicates',
    pair: (first: string, second: string) => `/duplicates/${segment(first)}/${segment(second)}`,
  },
  verify: '/verify',
  sync: '/sync',
  about: '/about',
} as const;

/** The router's patterns for the same addresses, relative to the shell's '/'. */
export const routePatterns = {
  beneficiaries: 'beneficiaries',
  newBeneficiary: 'beneficiaries/new',
  importBeneficiaries: 'beneficiaries/import',
  beneficiary: 'beneficiaries/:id',
  editBeneficiary: 'beneficiaries/:id/edit',
  newRequest: 'beneficiaries/:id/requests/new',
  requests: 'requests',
  pickBeneficiary: 'requests/new',
  request: 'requests/:id',
  cases: 'cases',
  newCase: 'cases/new',
  casesFollowUp: 'cases/follow-up',
  casesInformChanges: 'cases/inform-changes',
  case: 'cases/:id',
  compensationList: 'compensation',
  compensation: 'compensation/:id',
  dataRequests: 'data-requests',
  newDataRequest: 'data-requests/new',
  retention: 'data-requests/retention',
  dataRequest: 'data-requests/:id',
  dashboard: 'dashboard',
  visits: 'visits',
  visit: 'visits/:id',
  surveys: 'surveys',
  newQuestionnaire: 'surveys/questionnaires/new',
  questionnaire: 'surveys/questionnaires/:id',
  newCampaign: 'surveys/campaigns/new',
  surveyTasks: 'surveys/campaigns/:id/tasks',
  surveyResults: 'surveys/results',
  catalog: 'catalog',
  policy: 'policy',
  staff: 'staff',
  settings: 'settings',
  duplicates: 'duplicates',
  duplicatePair: 'duplicates/:first/:second',
  verify: 'verify',
  sync: 'sync',
  about: 'about',
} as const;

/** Where a hash-router path is, for code outside the router (menu commands, sign-in). */
export const hashOf = (path: string): string => `#${path}`;
