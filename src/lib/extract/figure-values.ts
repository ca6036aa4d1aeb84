/** Which reading of an amount to publish, when its separators allow two or its size is implausible. */
import { isPlausible, type Metric } from '../metrics.ts';
import { warning } from '../schema/review.ts';
import type { Quantity } from '../vi-number.ts';
import { formatPlain, formatVi } from './figure-notes.ts';
import type { FigureDraft } from './figure-types.ts';

/** Choose between "91,352 triệu" as 91.352 million and as 91 352 million: the plausible one. */
export function choosePlausibleReading(fig: FigureDraft, q: Quantity, metric: Metric, text: string): void {
  if (fig.value === null) return;
  const phrase = text.slice(q.start, q.end);
  const label = metric.label.en.toLowerCase();
  const labelVi = metric.label.vi.toLowerCase();
  // "25,000 tỷ đồng": nobody writes a decimal part of zeros, so the comma may be an English thousands
  // separator. Both readings can be plausible; the Vietnamese one is kept and a reviewer asked.
  const zeroDecimals = q.alternative !== undefined && /,0{3}$/u.test(q.raw);
  if (isPlausible(metric, fig.value) && !q.unconventional && !zeroDecimals) return;
  if (isPlausible(metric, fig.value) && zeroDecimals) {
    fig.warnings.push(
      warning(
        'value',
        `"${phrase}": phần thập phân toàn số 0, dấu phẩy có thể là dấu phân cách hàng nghìn (${formatVi(q.alternative!)}); đã đọc là ${formatVi(fig.value)}. Hãy kiểm tra.`,
        `"${phrase}": the decimals are all zeros, so the comma may separate thousands (${formatPlain(q.alternative!)}); read as ${formatPlain(fig.value)}. Check it.`,
        phrase,
      ),
    );
    return;
  }
  if (!isPlausible(metric, fig.value)) {
    if (q.alternative !== undefined && isPlausible(metric, q.alternative)) {
      fig.warnings.push(
        warning(
          'value',
          `Đã đọc "${phrase}" là ${formatVi(q.alternative)} ${fig.unit}: hiểu đúng theo chữ (${formatVi(fig.value)}) thì không hợp lý với ${labelVi}. Hãy kiểm tra đơn vị và dấu phân cách.`,
          `Read "${phrase}" as ${formatPlain(q.alternative)} ${fig.unit}: taken literally (${formatPlain(fig.value)}) it is implausible for ${label}. Check the unit and separators.`,
          phrase,
        ),
      );
      fig.value = q.alternative;
    } else {
      fig.warnings.push(
        warning(
          'value',
          `"${phrase}" (${formatVi(fig.value)} ${fig.unit}) nằm ngoài khoảng hợp lý của ${labelVi} (${formatVi(metric.plausible[0])}–${formatVi(metric.plausible[1])}). Hãy đối chiếu số với bài.`,
          `"${phrase}" (${formatPlain(fig.value)} ${fig.unit}) is outside the plausible range for ${label} (${formatPlain(metric.plausible[0])}–${formatPlain(metric.plausible[1])}). Check the number against the article.`,
          phrase,
        ),
      );
    }
  } else if (q.unconventional) {
    fig.warnings.push(
      warning(
        'value',
        `"${phrase}" dùng dấu phân cách kiểu tiếng Anh; đã đọc là ${formatVi(fig.value)}. Hãy kiểm tra.`,
        `"${phrase}" uses separators the English way; read as ${formatPlain(fig.value)}. Check it.`,
        phrase,
      ),
    );
  }
}
