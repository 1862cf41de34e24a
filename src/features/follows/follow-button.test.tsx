import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadUpdatesTexts } from '@/lib/updates-texts';
import { FollowToggle } from './follow-button';

beforeAll(async () => {
  await loadUpdatesTexts();
});

describe('the follow button', () => {
  it('is a toggle with a constant name: not pressed while the user does not follow', async () => {
    const onToggle = vi.fn();
    render(
      <FollowToggle
        kind="project"
        following={false}
        busy={false}
        message={null}
        onToggle={onToggle}
      />,
    );
    const button = screen.getByRole('button', { name: 'Seuraa hanketta' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByText(/Seuraat tätä hanketta/)).toBeNull();
    await userEvent.click(button);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it('says in words, not only by its look, that the user follows', () => {
    render(
      <FollowToggle kind="growth-area" following busy={false} message={null} onToggle={() => {}} />,
    );
    const button = screen.getByRole('button', { name: 'Seuraa kasvualuetta' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveAccessibleDescription(/Seuraat tätä kasvualuetta/);
  });

  it('is disabled while the change is saved', () => {
    render(
      <FollowToggle kind="project" following={false} busy message={null} onToggle={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Seuraa hanketta' })).toBeDisabled();
  });

  it('announces success politely and a refusal as an alert', () => {
    const { rerender } = render(
      <FollowToggle
        kind="project"
        following
        busy={false}
        message={{ tone: 'success', text: 'Seuraat nyt: Kiertotalot.' }}
        onToggle={() => {}}
      />,
    );
    expect(screen.getByText('Seuraat nyt: Kiertotalot.').closest('[aria-live]')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <FollowToggle
        kind="project"
        following={false}
        busy={false}
        message={{ tone: 'error', text: 'Seuraaminen ei onnistunut.' }}
        onToggle={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Seuraaminen ei onnistunut.');
  });
});
