/**
 * Orders per minute over the last hour as a uPlot bar chart. uPlot's stylesheet is imported as a
 * file (the CSP allows no inline styles) and both stay in this admin chunk. The canvas is hidden
 * from screen readers; the figure's caption and a visually hidden table carry the same numbers.
 */
import { createEffect, For, type JSX, onCleanup, onMount } from 'solid-js'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { OrdersInMinute } from '../../shared/admin/dashboard.ts'
import { useAdminI18n } from './admin-i18n.tsx'

const chartHeight = 180

export function OrdersPerMinuteChart(props: { readonly minutes: readonly OrdersInMinute[] }): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  let container: HTMLDivElement | undefined
  let chart: uPlot | undefined
  const total = () => props.minutes.reduce((sum, row) => sum + row.count, 0)
  const busy = () => props.minutes.filter((row) => row.count > 0)
  const time = (minute: string) => formatDate(minute, { timeStyle: 'short' })

  onMount(() => {
    if (!container) return
    const target = container
    chart = new uPlot(chartOptions(target.clientWidth, t('admin.dashboard.ordersAxis')), toData(props.minutes), target)
    const resize = new ResizeObserver(() => chart?.setSize({ width: target.clientWidth, height: chartHeight }))
    resize.observe(target)
    onCleanup(() => {
      resize.disconnect()
      chart?.destroy()
    })
  })
  createEffect(() => {
    const data = toData(props.minutes) // read before the chart check, so the effect always tracks the minutes
    chart?.setData(data)
  })

  return (
    <figure class="admin-dashboard__chart">
      <figcaption>{t('admin.dashboard.chartSummary', { total: total(), minutes: props.minutes.length })}</figcaption>
      <div ref={container} class="admin-dashboard__canvas" aria-hidden="true" />
      <table class="visually-hidden">
        <caption>{t('admin.dashboard.ordersPerMinute')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.dashboard.minute')}</th>
            <th scope="col">{t('admin.dashboard.orders')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={busy()}>
            {(row) => (
              <tr>
                <td>{time(row.minute)}</td>
                <td>{row.count}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </figure>
  )
}

function toData(minutes: readonly OrdersInMinute[]): uPlot.AlignedData {
  return [minutes.map((row) => Date.parse(row.minute) / 1000), minutes.map((row) => row.count)]
}

function chartOptions(width: number, seriesLabel: string): uPlot.Options {
  return {
    width,
    height: chartHeight,
    legend: { show: false },
    cursor: { show: false },
    scales: { y: { range: (_chart, _min, max) => [0, Math.max(1, max)] } },
    axes: [{}, { incrs: [1, 2, 5, 10, 20, 50, 100] }],
    series: [
      {},
      {
        label: seriesLabel,
        stroke: '#1d4ed8',
        fill: 'rgba(29, 78, 216, 0.5)',
        paths: uPlot.paths.bars?.({ size: [0.8, 40] }),
        points: { show: false },
      },
    ],
  }
}
