/**
 * The chart's editing (downloaded only for a chart that can reschedule, see
 * `chart-editing-hooks.ts`): rescheduling with undo (`use-rescheduling`) by keyboard
 * (`use-keyboard-editing`) or pointer (`use-pointer-drag`).
 */
import type { ChartEditingHooks } from './chart-editing-hooks';
import { useKeyboardEditing } from './use-keyboard-editing';
import { usePointerDrag } from './use-pointer-drag';
import { useRescheduling } from './use-rescheduling';

export const editingHooks: ChartEditingHooks = {
  edits: true,
  useSchedule: useRescheduling,
  useInput: function useEditingInput(options) {
    const { schedule, rowLabel } = options;
    const { commit, setOverride, previewDrag, endDragPreview } = schedule;
    const keyboard = useKeyboardEditing({ commit, setOverride, rowLabel });
    const pointer = usePointerDrag({ ...options, previewDrag, endDragPreview, commit });
    return { ...keyboard, ...pointer };
  },
};
