import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import {
  deletePerson,
  getPerson,
  insertPerson,
  listAccounts,
  listPeople,
  setRole,
  updatePerson,
  type AppRole,
  type PersonPatch,
} from './api';

export const adminQueries = {
  all: () => ['admin'] as const,
  people: () =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'people'] as const,
      queryFn: () => listPeople(supabase),
    }),
  /** The person as saved now: an edit starts from it, never from a cached copy. */
  person: (id: string) =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'people', id] as const,
      queryFn: () => getPerson(supabase, id),
      staleTime: 0,
    }),
  accounts: () =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'accounts'] as const,
      queryFn: () => listAccounts(supabase),
    }),
};

// People show up on project, growth-area and task pages; roles decide what the session may do.
const peopleElsewhere = { invalidates: [['projects'], ['tasks'], ['timeline'], ['session']] };

export const adminMutations = {
  createPerson: () =>
    mutationOptions({
      mutationKey: ['admin', 'people', 'create'],
      meta: peopleElsewhere,
      mutationFn: (patch: PersonPatch) => insertPerson(supabase, patch),
    }),
  updatePerson: () =>
    mutationOptions({
      mutationKey: ['admin', 'people', 'update'],
      meta: peopleElsewhere,
      mutationFn: (input: { id: string; version: number; patch: PersonPatch }) =>
        updatePerson(supabase, input),
    }),
  deletePerson: () =>
    mutationOptions({
      mutationKey: ['admin', 'people', 'delete'],
      meta: peopleElsewhere,
      mutationFn: (id: string) => deletePerson(supabase, id),
    }),
  setRole: () =>
    mutationOptions({
      mutationKey: ['admin', 'roles', 'set'],
      meta: { invalidates: [['session']] },
      mutationFn: (input: { userId: string; role: AppRole; granted: boolean }) =>
        setRole(supabase, input),
    }),
};
