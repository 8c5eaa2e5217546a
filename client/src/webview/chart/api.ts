// What the chart bundle offers the page: draw a prepared VChart spec into a box, get back the errors VChart
// reported and a way to free the chart when the card is drawn again.
export interface DrawOptions {
  dark: boolean;
  mobile: boolean;
}

export interface DrawnChart {
  errors: string[];
  release(): void;
}

export interface ChartApi {
  draw(container: HTMLElement, spec: Record<string, unknown>, options: DrawOptions): DrawnChart;
}
