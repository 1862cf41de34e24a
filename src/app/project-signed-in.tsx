import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import type { ProjectDetail } from '@/features/projects/queries';

// The parts of the project page only signed-in users see: following, the edit links, the task
// editor, the directors' reminder tools and the audit trail. The page (src/app/routes/project.tsx)
// loads this module when the visitor has a session, so an anonymous reader's first visit
// downloads none of it; each part here loads its own code (and texts) when it is shown.
import { LazyFollowButton } from '@/features/follows/lazy';

const ReminderTools = lazy(async () => {
  const [module] = await Promise.all([
    import('@/features/status-updates/director-tools'),
    import('@/lib/updates-texts').then((m) => m.loadUpdatesTexts()),
  ]);
  return { default: module.DirectorTools };
});
const ProjectHistory = lazy(() =>
  import('@/features/dashboard/project-history').then((m) => ({ default: m.ProjectHistory })),
);
const EditableTaskGroups = lazy(() =>
  import('@/features/tasks/editable-task-groups').then((m) => ({
    default: m.EditableTaskGroups,
  })),
);

/** The directors' reminder log and "nudge the leads". */
function DirectorTools({ projectId }: { projectId: string }) {
  return (
    <Suspense fallback={null}>
      <ReminderTools projectId={projectId} />
    </Suspense>
  );
}

/** The project's change history (directors). */
function History({ projectId }: { projectId: string }) {
  return (
    <Suspense fallback={null}>
      <ProjectHistory projectId={projectId} />
    </Suspense>
  );
}

/** "Edit the project" and "Add a task", for those who may edit it. */
function EditActions({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Link className="button button--secondary" to={`/projects/${slug}/edit`}>
        {t('project.edit')}
      </Link>
      <Link className="button button--secondary" to={`/projects/${slug}/tasks/new`}>
        {t('taskForm.add')}
      </Link>
    </>
  );
}

/** The task groups with their edit actions; the read-only groups until the editor has loaded. */
function EditableTasks({
  readOnly,
  ...props
}: {
  projectId: string;
  projectSlug: string;
  tasks: ProjectDetail['tasks'];
  today: string;
  readOnly: ReactNode;
}) {
  return (
    <Suspense fallback={readOnly}>
      <EditableTaskGroups {...props} />
    </Suspense>
  );
}

/** One part, as the page asks for it (one lazy component for all: less for the page to carry). */
export type SignedInPartProps =
  | { part: 'follow'; projectId: string; name: string }
  | { part: 'reminders' | 'history'; projectId: string }
  | { part: 'actions'; slug: string }
  | ({ part: 'tasks' } & Parameters<typeof EditableTasks>[0]);

export default function SignedInPart(props: SignedInPartProps) {
  switch (props.part) {
    case 'follow':
      return (
        <LazyFollowButton subject={{ kind: 'project', id: props.projectId }} name={props.name} />
      );
    case 'reminders':
      return <DirectorTools projectId={props.projectId} />;
    case 'history':
      return <History projectId={props.projectId} />;
    case 'actions':
      return <EditActions slug={props.slug} />;
    case 'tasks': {
      const { part: _, ...rest } = props;
      return <EditableTasks {...rest} />;
    }
  }
}
