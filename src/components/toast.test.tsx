// A toast's own code downloads with the first toast (toast.tsx); the live region is there before.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ToastProvider, useToast } from './toast';

function Trigger({ onUndo }: { onUndo: () => void }) {
  const show = useToast();
  return (
    <button
      type="button"
      onClick={() =>
        show({
          message: 'Tallennettu',
          action: { label: 'Kumoa', onClick: onUndo },
          focusAction: true,
        })
      }
    >
      Tallenna
    </button>
  );
}

describe('toasts', () => {
  it('the first toast appears in the live region, takes focus to its action and closes', async () => {
    const user = userEvent.setup();
    const onUndo = vi.fn();
    render(
      <ToastProvider>
        <Trigger onUndo={onUndo} />
      </ToastProvider>,
    );
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Tallennettu')).toBeInTheDocument();
    expect(region).toHaveTextContent('Tallennettu');
    expect(screen.getByRole('button', { name: 'Kumoa' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Kumoa' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(region).toBeEmptyDOMElement();
  });
});
