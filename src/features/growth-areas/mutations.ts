import { mutationOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import {
  addStaff,
  insertGrowthArea,
  removeStaff,
  updateGrowthArea,
  type GrowthAreaPatch,
  type NewGrowthArea,
} from './api';

/** Growth area writes; names, colours and order also show in the dashboard's charts. */
export const growthAreaMutations = {
  create: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'create'],
      meta: { invalidates: [['dashboard']] },
      mutationFn: (area: NewGrowthArea) => insertGrowthArea(supabase, area),
    }),
  /** Version-checked: a newer saved version is a VersionConflictError, a refusal ZeroRowsError. */
  update: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'update'],
      meta: { invalidates: [['dashboard']] },
      mutationFn: (input: { id: string; version: number; patch: GrowthAreaPatch }) =>
        updateGrowthArea(supabase, input),
    }),
  addStaff: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'staff', 'add'],
      mutationFn: (input: {
        growth_area_id: string;
        person_id: string;
        role: string;
        sort_order: number;
      }) => addStaff(supabase, input),
    }),
  removeStaff: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'staff', 'remove'],
      mutationFn: (key: { growth_area_id: string; person_id: string }) =>
        removeStaff(supabase, key),
    }),
};
