import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { Toast } from './toast';

const lifetimeMs = 10_000;

/** One toast (toast.tsx): closes itself after a while unless hovered or focused. */
export function ToastItem({ toast, onClose }: { toast: Toast; onClose: () => void }) {
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
