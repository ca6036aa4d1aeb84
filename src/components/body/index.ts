/**
 * The project's components by name, as pages hand them to a body: `<Content components={projectComponents} />`.
 * The record is keyed by PROJECT_COMPONENTS (src/lib/mdx/project-components.ts), so a name missing here
 * or one more than the list is a type error.
 */
import type { ProjectComponentName } from '../../lib/mdx/project-components.ts';
import Awards from './Awards.astro';
import Figure from './Figure.astro';
import ProvinceMap from './ProvinceMap.astro';
import Ranking from './Ranking.astro';
import SeriesChart from './SeriesChart.astro';
import Targets from './Targets.astro';

export const projectComponents: Record<ProjectComponentName, typeof Figure> = {
  Figure,
  Ranking,
  SeriesChart,
  Awards,
  ProvinceMap,
  Targets,
};
