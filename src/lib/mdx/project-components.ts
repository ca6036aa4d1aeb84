/**
 * The project's own components: the only ones an entry or a written digest may use in its body, by
 * name and with literal props (`<Figure province="son-la" metric="total_revenue" year={2023} />`).
 * Pages hand them to the rendered body (`<Content components={…} />`), so a body never imports
 * anything (src/lib/mdx/safe-subset.ts says what else a body may hold).
 */
export const PROJECT_COMPONENTS = ['Figure', 'Ranking', 'SeriesChart', 'Awards', 'ProvinceMap', 'Targets'] as const;

export type ProjectComponentName = (typeof PROJECT_COMPONENTS)[number];

export function isProjectComponent(name: string): name is ProjectComponentName {
  return (PROJECT_COMPONENTS as readonly string[]).includes(name);
}
