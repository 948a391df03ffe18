// The chart bench's page: the same 730 daily points drawn by il-mood-chart, uPlot and Chart.js
// in an 800 × 300 box, first render and then appending one point, each timed to the end of the
// frame that shows it (a message posted from requestAnimationFrame runs after that paint).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import '../../packages/elements/src/mood-chart/define.js';
import type { IlMoodChart } from '../../packages/elements/src/mood-chart/mood-chart.js';
import type { MoodChartData } from '../../packages/elements/src/mood-chart/mood-chart.types.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

const DAY_MS = 86_400_000;
const START = Date.parse('2025-04-07T19:00:00Z');

/** Day `i`'s distress: a seeded walk on 0–10, the same for every library. */
function points(count: number): { at: number; value: number }[] {
  let state = 7;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, day) => ({
    at: START + day * DAY_MS,
    value: Math.max(0, Math.min(10, Math.round(4 + (next() + next() + next() - 1.5) * 3))),
  }));
}

const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

function box(): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = 'width: 800px; height: 300px; position: relative;';
  document.body.append(element);
  return element;
}

interface Drawn {
  append(point: { at: number; value: number }): void;
}

const libraries: Record<string, (host: HTMLElement, data: { at: number; value: number }[]) => Drawn> = {
  'il-mood-chart': (host, data) => {
    const chart = document.createElement('il-mood-chart') as IlMoodChart;
    chart.plotHeight = 220;
    let series = data.map((point) => ({ at: new Date(point.at).toISOString(), value: point.value }));
    const wrap = (): MoodChartData => ({
      series: [
        { id: 'distress', label: 'Distress', direction: 'higher-is-worse', min: 0, max: 10, points: series },
      ],
      timeZone: 'Europe/London',
    });
    chart.data = wrap();
    host.append(chart);
    return {
      append(point) {
        series = [...series, { at: new Date(point.at).toISOString(), value: point.value }];
        chart.data = wrap();
      },
    };
  },
  uPlot: (host, data) => {
    const xs = data.map((point) => point.at / 1000);
    const ys = data.map((point) => point.value);
    const plot = new uPlot(
      {
        width: 800,
        height: 300,
        scales: { y: { range: [0, 10] } },
        series: [{}, { label: 'Distress', stroke: '#1a5fb4', points: { show: true, size: 6 } }],
      },
      [xs, ys],
      host,
    );
    return {
      append(point) {
        xs.push(point.at / 1000);
        ys.push(point.value);
        plot.setData([xs, ys]);
      },
    };
  },
  'Chart.js': (host, data) => {
    const canvas = document.createElement('canvas');
    host.append(canvas);
    const chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.map((point) => point.at),
        datasets: [
          {
            label: 'Distress',
            data: data.map((point) => point.value),
            borderColor: '#1a5fb4',
            pointRadius: 3,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { min: 0, max: 10 } },
      },
    });
    return {
      append(point) {
        chart.data.labels!.push(point.at);
        chart.data.datasets[0]!.data.push(point.value);
        chart.update('none');
      },
    };
  },
};

/** One sample for `name`: first render of `count` points, then appending one, in ms. */
async function sample(name: string, count: number): Promise<{ firstMs: number; appendMs: number }> {
  const data = points(count + 1);
  const host = box();
  await afterPaint();
  const start = performance.now();
  const drawn = libraries[name]!(host, data.slice(0, count));
  await afterPaint();
  const firstMs = performance.now() - start;
  await afterPaint();
  const appendStart = performance.now();
  drawn.append(data[count]!);
  await afterPaint();
  const appendMs = performance.now() - appendStart;
  return { firstMs, appendMs };
}

declare global {
  interface Window {
    runChartSample: typeof sample;
    chartLibraries: string[];
  }
}
window.runChartSample = sample;
window.chartLibraries = Object.keys(libraries);
