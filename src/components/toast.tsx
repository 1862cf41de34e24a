import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from '@/lib/use-translation';
import { backgroundErrorEvent } from '@/lib/query-client';

export interface ToastInput {
  message: string;
  tone?: 'info' | 'success' | 'error';
  action?: { label: string; ariaLabel?: string; onClick: () => void };
  /** Move focus to the action (e.g. "Undo" after the button the user pressed disappeared). */
  focusAction?: boolean;
}

export interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

// A toast's own code (its timer, buttons, focus) downloads with the first toast; the live region
// that reads toasts out is on the page from the start.
const ToastItem = lazy(() => import('./toast-item').then((m) => ({ default: m.ToastItem })));

/** Toasts for mutations and background refreshes; a polite live region reads them out. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((list) => [...list.slice(-2), { ...toast, id }]);
  }, []);
  const remove = useCallback((id: number) => {
    setToasts((list) => list.filter((x) => x.id !== id));
  }, []);
  const value = useMemo(() => show, [show]);
  const { t } = useTranslation();
  useEffect(() => {
    const onError = () => show({ message: t('errors.refreshFailed'), tone: 'error' });
    window.addEventListener(backgroundErrorEvent, onError);
    return () => window.removeEventListener(backgroundErrorEvent, onError);
  }, [show, t]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        <Suspense fallback={null}>
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onClose={() => remove(toast.id)} />
          ))}
        </Suspense>
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast needs a ToastProvider');
  return show;
}
