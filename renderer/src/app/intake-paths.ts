/** Where the intake screens live in the hash router (router.tsx mounts them). */
export const intakePaths = {
  requests: '/requests',
  pick: '/requests/new',
  request: (id: string) => `/requests/${encodeURIComponent(id)}`,
  newFor: (beneficiaryId: string) => `/beneficiaries/${encodeURIComponent(beneficiaryId)}/requests/new`,
  file: (beneficiaryId: string) => `/beneficiaries/${encodeURIComponent(beneficiaryId)}`,
  catalog: '/catalog',
} as const;
