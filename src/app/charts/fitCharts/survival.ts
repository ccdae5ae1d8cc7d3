/**
 * A cohort table's survival curve (analysis/diagnostics/cohortSurvival.ts): the share of the cohort
 * still active after each period as the table has it, and the fitted sBG model's, projected past
 * the table to twice its length, with the end of the table marked. Period 0 is the cohort's start.
 */
import type { CohortSurvival } from '../../../analysis/diagnostics/cohortSurvival.ts';
import type { FitOnScreen } from '../../../analysis/fitFile.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import { font } from '../common.ts';
import type { ChartDefinition } from '../contract.ts';
import { ink } from '../palette.ts';
import { line, lineChart, seriesLabel } from './options.ts';

const survivalOf = (fit: FitOnScreen): CohortSurvival | null => (fit.kind === 'cohort' ? fit.survival : null);

const title = () => t('data.charts.survivalTitle');

export const survivalDefinition: ChartDefinition<FitOnScreen> = {
  id: 'fit-survival',
  title,
  applies: (fit) => survivalOf(fit) !== null,
  config: (fit) => {
    const survival = survivalOf(fit)!;
    const periods = survival.model.length - 1;
    const data = { ...line('yours', survival.actual, 0), pointRadius: 5, showLine: false };
    return lineChart({
      title: title(),
      kind: 'share',
      datasets: [data, line('sbg', survival.model, 0)],
      x: {
        type: 'linear',
        min: 0,
        max: periods,
        title: { display: true, text: t('data.charts.survivalAxisX'), font: font.axisTitle, color: ink.text },
        ticks: { stepSize: periods > 24 ? 5 : 1, precision: 0, font: font.body, color: ink.muted },
        grid: { color: ink.grid },
      },
      yTitle: t('data.charts.survivalAxisY'),
      // The cursor stands at x = at + 1: the table's last period.
      marked: { at: survival.observed - 1, label: t('data.charts.tableEnd') },
      tooltipTitle: (period) => `${t('data.charts.survivalAxisX')} ${period}`,
    });
  },
  summary: (fit) => {
    const survival = survivalOf(fit)!;
    const periods = survival.model.length - 1;
    return t('data.charts.survivalSummary', {
      observed: survival.observed,
      actual: formatNumber(survival.actual[survival.observed]!, 'share'),
      projected: formatNumber(survival.model[periods]!, 'share'),
      periods,
    });
  },
  table: (fit) => {
    const survival = survivalOf(fit)!;
    return {
      caption: title(),
      columns: [t('data.charts.survivalAxisX'), seriesLabel('yours'), seriesLabel('sbg')],
      rows: survival.model.map((share, period) => [
        String(period),
        period < survival.actual.length ? formatNumber(survival.actual[period]!, 'share') : '—',
        formatNumber(share, 'share'),
      ]),
    };
  },
};
