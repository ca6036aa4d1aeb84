import { describe, expect, it } from 'vitest';
import {
  breakableHtml,
  changeHtml,
  figureValueHtml,
  planHtml,
  provinceRefHtml,
  reviewFlagHtml,
} from '../../src/i18n/row-html.ts';
import type { FigureRow } from '../../src/lib/digest/types.ts';

// The expected markup is what the components these functions replaced wrote (FigureValue, Breakable,
// ProvinceRef, ChangeText, PlanText, ReviewFlag, as at 01b7419), escaped as Astro escapes.

const row = (over: Partial<FigureRow> & { estimated?: boolean; qualifier?: string } = {}): FigureRow => {
  const { estimated = false, qualifier = 'exact', ...rest } = over;
  return {
    entryId: 'e',
    kind: 'result',
    index: 0,
    province: 'son-la',
    unitKey: null,
    territoryKey: null,
    metric: 'total_revenue',
    year: 2023,
    period: 'year',
    value: 146e9,
    unit: 'VND',
    converted: false,
    eventDate: null,
    sortKey: '',
    ...rest,
    figure: {
      metric: rest.metric ?? 'total_revenue',
      unit: rest.unit ?? 'VND',
      qualifier,
      estimated,
    } as FigureRow['figure'],
  };
};

describe('figureValueHtml', () => {
  it('writes the value, and a dash with the reason when the article gave none', () => {
    expect(figureValueHtml(row(), 'vi')).toBe('<span class="fig-value">146 tỷ đồng</span>');
    expect(figureValueHtml(row({ value: null }), 'en')).toBe(
      '<span class="muted" title="The article gives only a percentage, not the value">—</span>',
    );
  });

  it('lets the text break after its slashes', () => {
    expect(figureValueHtml(row({ metric: 'average_income', unit: 'VND/person/month', value: 8_800_000 }), 'en')).toBe(
      '<span class="fig-value">VND 8.8 million/<wbr>person/<wbr>month</span>',
    );
  });

  it('rounds on a card, with the exact value as the title', () => {
    expect(figureValueHtml(row({ value: 133_643_000_000, qualifier: 'over' }), 'vi', { rounded: true })).toBe(
      '<span class="fig-value" title="trên 133,643 tỷ đồng">trên 133 tỷ đồng</span>',
    );
    // Nothing to round: no title.
    expect(figureValueHtml(row(), 'vi', { rounded: true })).toBe('<span class="fig-value">146 tỷ đồng</span>');
  });

  it('adds the estimate, period and conversion badges, each after a space', () => {
    const all = row({ estimated: true, period: 'H1', converted: true, value: null });
    expect(figureValueHtml(all, 'vi')).toBe(
      '<span class="muted" title="Bài viết chỉ nêu tỷ lệ, không nêu giá trị">—</span>' +
        ' <span class="badge badge-estimate" title="Số ước tính, đưa ra trước khi năm kết thúc">ước tính</span>' +
        ' <span class="badge badge-period">6 tháng đầu năm 2023</span>' +
        ' <span class="badge" title="Quy đổi từ đơn vị trong bài (đồng)">quy đổi</span>',
    );
    expect(figureValueHtml(all, 'en', { period: false })).toBe(
      '<span class="muted" title="The article gives only a percentage, not the value">—</span>' +
        ' <span class="badge badge-estimate" title="An estimate made before the year closed">estimate</span>' +
        ' <span class="badge" title="Converted from the unit the article used (VND)">converted</span>',
    );
  });
});

describe('breakableHtml', () => {
  it('escapes each part as Astro escapes text', () => {
    expect(breakableHtml(`<script>&"'{x}/y</script>`)).toBe(
      '&lt;script&gt;&amp;&quot;&#39;{x}/<wbr>y&lt;/<wbr>script&gt;',
    );
    expect(breakableHtml('')).toBe('');
  });
});

describe('provinceRefHtml', () => {
  it('links to the province with the name it had at the time', () => {
    expect(provinceRefHtml('vi', 'son-la')).toBe('<a href="/provinces/son-la/">Sơn La</a>');
    expect(provinceRefHtml('en', 'son-la')).toBe('<a href="/en/provinces/son-la/">Sơn La</a>');
    expect(provinceRefHtml('vi', 'son-la', null, false)).toBe('<span>Sơn La</span>');
  });

  it('says when the province is not identified', () => {
    expect(provinceRefHtml('en', null)).toBe(
      '<span class="muted" title="The article does not say which provincial post office this is; it is not shown on any province page.">Province not identified</span>',
    );
  });

  it('escapes a hostile name in the text and in the link', () => {
    // An unknown slug is its own name.
    const slug = `<script>"a" & 'b' {c}`;
    expect(provinceRefHtml('vi', slug)).toBe(
      `<a href="/provinces/<script>&quot;a&quot; &amp; 'b' {c}/">&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39; {c}</a>`,
    );
    expect(provinceRefHtml('vi', slug, null, false)).toBe(
      '<span>&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39; {c}</span>',
    );
  });
});

describe('changeHtml', () => {
  it('colours the change by its direction and marks a computed one', () => {
    expect(changeHtml('vi', { percent: 2, source: 'stated' })).toBe('<span class="up">+2%</span>');
    expect(changeHtml('en', { percent: -3, source: 'computed' })).toBe(
      '<span class="down" title="computed from last year’s figure">\u22123%*</span>',
    );
    expect(changeHtml('vi', { percent: 0, source: 'stated' })).toBe('<span class="flat">0%</span>');
    expect(changeHtml('vi', { percent: 1.4, source: 'computed', qualifier: 'about' })).toBe(
      '<span class="up" title="tính từ số liệu năm trước">tăng khoảng 1,4%*</span>',
    );
    expect(changeHtml('vi', null)).toBe('<span class="muted">—</span>');
  });
});

describe('planHtml', () => {
  it('writes the percent, hedged, and marks a computed one', () => {
    expect(planHtml('vi', { percent: 101, source: 'stated', qualifier: 'over' })).toBe('<span>trên 101%</span>');
    expect(planHtml('vi', { percent: 104.8, source: 'computed' })).toBe(
      '<span title="so với chỉ tiêu đã đặt">104,8%*</span>',
    );
    expect(planHtml('en', null)).toBe('<span class="muted">—</span>');
  });
});

describe('reviewFlagHtml', () => {
  it('writes the flag with its text escaped, and nothing without a text', () => {
    expect(reviewFlagHtml('Bài đang được kiểm tra lại')).toBe(
      '<span class="review-flag"><span aria-hidden="true">⚠ </span>Bài đang được kiểm tra lại</span>',
    );
    expect(reviewFlagHtml(`<script>x & "y" 'z' {w}</script>`)).toBe(
      '<span class="review-flag"><span aria-hidden="true">⚠ </span>&lt;script&gt;x &amp; &quot;y&quot; &#39;z&#39; {w}&lt;/script&gt;</span>',
    );
    expect(reviewFlagHtml(undefined)).toBe('');
    expect(reviewFlagHtml('')).toBe('');
  });
});
