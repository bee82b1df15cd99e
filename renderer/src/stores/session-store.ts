/**
 * Who is at the desk right now. Kept in memory only: a reload always asks for a password again,
 * which is what a shared reception PC needs.
 */
import { create } from 'zustand';
import type { Role } from '@shared/staff/roles';

export interface SessionUser {
  staffId: string;
  displayName: string;
  roles: readonly Role[];
}

interface SessionState {
  user: SessionUser | null;
  locked: boolean;
  lastActivity: number;
  signIn: (user: SessionUser, nowMs: number) => void;
  signOut: () => void;
  lock: () => void;
  unlock: (nowMs: number) => void;
  touch: (nowMs: number) => void;
}

export const useSessionStore = create<SessionState>()((set) => ({
  user: null,
  locked: false,
  lastActivity: 0,
  signIn: (user, nowMs) => set({ user, locked: false, lastActivity: nowMs }),
  signOut: () => set({ user: null, locked: false }),
  lock: () => set((s) => (s.user ? { locked: true } : s)),
  unlock: (nowMs) => set({ locked: false, lastActivity: nowMs }),
  touch: (nowMs) => set({ lastActivity: nowMs }),
}));

export function hasRole(user: SessionUser | null, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}
