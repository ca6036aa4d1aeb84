/**
 * The project's components and what each takes: one spec per name of PROJECT_COMPONENTS (the record's
 * type makes a missing or extra one a type error). `checkComponentUse` is what the check and the build
 * run on every tag a body holds; the components run the same `resolve` when they render.
 */
import type { Digest } from '../../digest/digest.ts';
import type { ComponentUse } from '../component-uses.ts';
import type { ProjectComponentName } from '../project-components.ts';
import { AWARDS_PROPS, resolveAwards } from './awards.ts';
import { FIGURE_PROPS, resolveFigure } from './figure.ts';
import { PROVINCE_MAP_PROPS, resolveProvinceMap } from './province-map.ts';
import { RANKING_PROPS, resolveRanking } from './ranking.ts';
import { problem, unknownOrMissing, type PropProblem, type PropSpec, type Props, type Resolved } from './resolve.ts';
import { SERIES_CHART_PROPS, resolveSeriesChart } from './series-chart.ts';
import { TARGETS_PROPS, resolveTargets } from './targets.ts';

export type { PropProblem, Resolved } from './resolve.ts';

export interface ComponentSpec {
  props: readonly PropSpec[];
  /** A block (a table, a chart, a map) stands on a line of its own; only a figure goes inside a sentence. */
  block: boolean;
  resolve(digest: Digest, props: Props): Resolved<unknown>;
}

export const COMPONENT_SPECS: Record<ProjectComponentName, ComponentSpec> = {
  Figure: { props: FIGURE_PROPS, block: false, resolve: resolveFigure },
  Ranking: { props: RANKING_PROPS, block: true, resolve: resolveRanking },
  SeriesChart: { props: SERIES_CHART_PROPS, block: true, resolve: resolveSeriesChart },
  Awards: { props: AWARDS_PROPS, block: true, resolve: resolveAwards },
  ProvinceMap: { props: PROVINCE_MAP_PROPS, block: true, resolve: resolveProvinceMap },
  Targets: { props: TARGETS_PROPS, block: true, resolve: resolveTargets },
};

/** Everything wrong with one use of a component: its props' kinds first, then what the corpus holds. */
export function checkComponentUse(use: ComponentUse, digest: Digest): PropProblem[] {
  const spec = COMPONENT_SPECS[use.name];
  const out: PropProblem[] = use.notLiteral.map(({ prop, code }) =>
    problem(
      prop,
      `${prop}={${code}} là mã lệnh; thuộc tính chỉ nhận giá trị viết sẵn`,
      `viết giá trị trực tiếp: ${prop}="chữ" hoặc ${prop}={2023}`,
      `${prop}={${code}} is code; a prop takes only a value written out`,
      `write the value itself: ${prop}="text" or ${prop}={2023}`,
    ),
  );
  if (spec.block && use.inline) {
    out.push(
      problem(
        use.name,
        `<${use.name}> nằm giữa một đoạn văn`,
        `đặt <${use.name} … /> trên một dòng riêng, có dòng trống trước và sau`,
        `<${use.name}> stands inside a paragraph`,
        `put <${use.name} … /> on a line of its own, with a blank line before and after it`,
      ),
    );
  }
  const shape = unknownOrMissing(use.name, use.props, spec.props);
  if (shape.length > 0 || out.length > 0) return [...out, ...shape];
  const resolved = spec.resolve(digest, use.props);
  return resolved.ok ? [] : resolved.problems;
}

/** A prop problem as one line for an error thrown while rendering (where no file or line is known). */
export const renderError = (component: ProjectComponentName, props: Props, problems: readonly PropProblem[]): Error =>
  new Error(
    `<${component} ${Object.entries(props)
      .map(([k, v]) => (typeof v === 'string' ? `${k}="${v}"` : `${k}={${String(v)}}`))
      .join(
        ' ',
      )} />: ${problems.map((p) => `${p.prop}: ${p.en.what} (${p.vi.what}) — ${p.en.fix}`).join('; ')}. Run npm run check for the file and line.`,
  );
