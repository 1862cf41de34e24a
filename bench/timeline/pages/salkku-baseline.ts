import { mountTimelineWithBaseline, prepareBaseline } from 'salkku-timeline-mount';
import { setUpBench } from './harness';

// Issue #15 §4: the timeline with a baseline shown keeps the timeline's budgets.
setUpBench(mountTimelineWithBaseline, '.tl-bar', prepareBaseline);
