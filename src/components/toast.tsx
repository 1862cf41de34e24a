import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { backgroundErrorEvent } from '@/lib/query-client';

export interface ToastInput {
  message: string;
  tone?: 'info' | 'success' | 'error';
  action?: { label: string; ariaLabel?: string; onClick: () => void };
  /** Move focus to the action (e.g. "Undo" after the button the user pressed disappeared). */
  focusAction?: boolean;
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

const lifetimeMs = 10_000;

function ToastItem({ toast, onClose }: { toast: Toast; onClose: () => void }) {
  const { t } = useTranslation();
  const actionRef = useRef<HTMLButtonElement>(null);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (toast.focusAction) actionRef.current?.focus();
  }, [toast.focusAction]);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(onClose, lifetimeMs);
    return () => clearTimeout(timer);
  }, [paused, onClose]);
  return (
    <div
      className={`toast toast--${toast.tone ?? 'info'}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <p className="toast__message">{toast.message}</p>
      <div className="toast__buttons">
        {toast.action && (
          <button
            ref={actionRef}
            type="button"
            className="button button--small"
            aria-label={toast.action.ariaLabel}
            onClick={() => {
              toast.action?.onClick();
              onClose();
            }}
          >
            {toast.action.label}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={onClose}
          aria-label={t('toast.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}

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
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onClose={() => remove(toast.id)} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast needs a ToastProvider');
  return show;
}
