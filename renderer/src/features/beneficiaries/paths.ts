/** Where the registry's screens live in the hash router (renderer/src/app/router.tsx mounts them). */
export const beneficiaryPaths = {
  search: '/beneficiaries',
  create: '/beneficiaries/new',
  view: (id: string) => `/beneficiaries/${encodeURIComponent(id)}`,
  edit: (id: string) => `/beneficiaries/${encodeURIComponent(id)}/edit`,
} as const;
