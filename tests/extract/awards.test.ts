import { describe, expect, it } from 'vitest';
import { extractAwards, parseRecipients } from '../../src/lib/extract/awards.ts';

const read = (text: string, caption = false) => extractAwards([text], [caption], { reportYear: 2022 }).awards;
const brief = (list: ReturnType<typeof read>) => list.map((a) => [a.award, a.level, a.giver, a.recipientKind, a.count]);

describe('award sentences', () => {
  it("reads passive awards, one per receiver, with each giver's level", () => {
    expect(
      brief(
        read(
          'Nhân dịp này, Bưu điện tỉnh được Thủ tướng Chính phủ tặng Bằng khen; 03 cá nhân được Bộ Thông tin và Truyền thông tặng Bằng khen.',
        ),
      ),
    ).toEqual([
      ['Bằng khen', 'government', 'Thủ tướng Chính phủ', 'collective', 1],
      ['Bằng khen', 'ministry', 'Bộ Thông tin và Truyền thông', 'individual', 3],
    ]);
  });
  it('reads active awards and splits collectives from individuals', () => {
    expect(
      brief(read('Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể và 10 cá nhân có thành tích xuất sắc.')),
    ).toEqual([
      ['Bằng khen', 'province', 'Chủ tịch UBND tỉnh', 'collective', 5],
      ['Bằng khen', 'province', 'Chủ tịch UBND tỉnh', 'individual', 10],
    ]);
    expect(brief(read('Giám đốc Bưu điện tỉnh tặng Giấy khen cho 25 tập thể, 40 cá nhân.'))).toEqual([
      ['Giấy khen', 'unit', 'Giám đốc Bưu điện tỉnh', 'collective', 25],
      ['Giấy khen', 'unit', 'Giám đốc Bưu điện tỉnh', 'individual', 40],
    ]);
  });
  it('reads the one who holds the ceremony as the recipient, past the date the sentence opens with', () => {
    const list = read(
      'Ngày 28/12/2022, Bưu điện tỉnh Nghệ An long trọng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất và Hội nghị tổng kết năm 2022.',
    );
    expect(list.map((a) => [a.award, a.level, a.giver, a.recipient, a.recipientKind])).toEqual([
      ['Huân chương Lao động hạng Nhất', 'state', 'Chủ tịch nước', 'Bưu điện tỉnh Nghệ An', 'collective'],
    ]);
    expect(read('Sáng 5/1, Bưu điện huyện Con Cuông được UBND tỉnh tặng Cờ thi đua.')[0]).toMatchObject({
      recipient: 'Bưu điện huyện Con Cuông',
      giver: 'UBND tỉnh',
    });
  });
  it('ends a recipient list where the next distinction starts', () => {
    const list = read(
      'Tại hội nghị, đồng chí Bùi Văn Khánh, Phó Chủ tịch UBND tỉnh đã trao Bằng khen của Thủ tướng Chính phủ cho 2 cá nhân và Cờ thi đua của UBND tỉnh cho Bưu điện tỉnh.',
    );
    expect(list.map((a) => [a.award, a.giver, a.recipient, a.count])).toEqual([
      ['Bằng khen', 'Thủ tướng Chính phủ', '2 cá nhân', 2],
      ['Cờ thi đua', 'UBND tỉnh', 'Bưu điện tỉnh', 1],
    ]);
  });
  it('tells the giver from the presenter who hands it over on its behalf', () => {
    const [a] = read(
      'Thừa ủy quyền của Chủ tịch nước, đồng chí Trần Văn Nam, Phó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho Bưu điện tỉnh.',
    );
    expect(a).toMatchObject({
      award: 'Huân chương Lao động hạng Ba',
      level: 'state',
      giver: 'Chủ tịch nước',
      recipientKind: 'collective',
      count: 1,
    });
    expect(a!.presenter).toContain('Trần Văn Nam');
  });
  it('takes the giver named after the distinction', () => {
    expect(
      brief(read('Đồng chí Lê Văn Bình trao Cờ thi đua của Bộ Thông tin và Truyền thông cho Bưu điện huyện Mai Sơn.')),
    ).toEqual([['Cờ thi đua', 'ministry', 'Bộ Thông tin và Truyền thông', 'collective', 1]]);
  });
  it('knows a flag goes to a collective, even when a person is named in the same clause', () => {
    expect(brief(read('Bưu điện tỉnh được Thủ tướng Chính phủ tặng Cờ thi đua và Bằng khen cho 02 cá nhân.'))).toEqual([
      ['Cờ thi đua', 'government', 'Thủ tướng Chính phủ', 'collective', 1],
      ['Bằng khen', 'government', 'Thủ tướng Chính phủ', 'individual', 2],
    ]);
  });
  it('reads praise of counted people, and leaves "nhiều" uncounted', () => {
    expect(brief(read('Bưu điện tỉnh đã biểu dương 12 tập thể và 30 cá nhân tiêu biểu.'))).toEqual([
      ['Biểu dương', 'unit', 'Bưu điện tỉnh', 'collective', 12],
      ['Biểu dương', 'unit', 'Bưu điện tỉnh', 'individual', 30],
    ]);
    expect(brief(read('Nhiều tập thể, cá nhân được Tổng công ty Bưu điện Việt Nam tặng Giấy khen.'))).toEqual([
      ['Giấy khen', 'corporation', 'Tổng công ty Bưu điện Việt Nam', 'mixed', null],
    ]);
  });
  it('gives a ministry-rank title to the ministry named earlier in the sentence', () => {
    const list = read(
      'Bưu điện tỉnh nhận Cờ thi đua của Bộ Thông tin và Truyền thông; 4 cá nhân được tặng danh hiệu Chiến sĩ thi đua cấp bộ.',
    );
    expect(brief(list)[1]).toEqual([
      'Chiến sĩ thi đua cấp bộ',
      'ministry',
      'Bộ Thông tin và Truyền thông',
      'individual',
      4,
    ]);
  });
  it('keeps a list of receivers of one passive award together', () => {
    expect(brief(read('Tại hội nghị, 15 tập thể và 30 cá nhân được Tổng công ty tặng Giấy khen.'))).toEqual([
      ['Giấy khen', 'corporation', 'Tổng công ty Bưu điện Việt Nam', 'collective', 15],
      ['Giấy khen', 'corporation', 'Tổng công ty Bưu điện Việt Nam', 'individual', 30],
    ]);
  });
  it('knows an order (huân chương) is conferred by the President when no giver is named', () => {
    expect(brief(read('Bưu điện tỉnh vinh dự đón nhận Huân chương Lao động hạng Ba.'))).toEqual([
      ['Huân chương Lao động hạng Ba', 'state', 'Chủ tịch nước', 'collective', 1],
    ]);
  });
  it('does not take the word "khen thưởng" in other senses for an award', () => {
    expect(read('Đơn vị luôn đứng trong top đầu và được Tổng công ty khen thưởng cả 4 quý trong năm.')).toEqual([]);
    expect(read('Nhiều bưu cục được Tổng công ty khen thưởng hằng tháng về chất lượng dịch vụ.')).toEqual([]);
    expect(read('Công tác thi đua, khen thưởng được quan tâm.')).toEqual([]);
  });
  it("merges a caption into the text's mention of the same award", () => {
    const list = extractAwards(
      [
        'Phó Tổng giám đốc Nguyễn Văn A trao Giấy khen cho Bưu điện tỉnh',
        'Dịp này, Bưu điện tỉnh được Tổng công ty Bưu điện Việt Nam tặng Giấy khen.',
      ],
      [true, false],
      { reportYear: 2022 },
    ).awards;
    expect(list).toHaveLength(1);
    expect(list[0]!.presenter).toContain('Nguyễn Văn A');
  });
});

describe('givers by the head noun of their name', () => {
  it('recognises ministries, central agencies, party committees and banks not listed anywhere', () => {
    const list = read(
      'Dịp này, Bảo hiểm xã hội Việt Nam tặng Bằng khen cho Bưu điện tỉnh; Bộ Lao động - Thương binh và Xã hội tặng Bằng khen cho 2 tập thể; Tỉnh ủy Kiên Giang tặng Giấy khen cho 3 cá nhân; Ngân hàng Chính sách xã hội tặng Giấy khen cho Bưu điện huyện Châu Thành.',
    );
    expect(brief(list)).toEqual([
      ['Bằng khen', 'ministry', 'Bảo hiểm xã hội Việt Nam', 'collective', 1],
      ['Bằng khen', 'ministry', 'Bộ Lao động - Thương binh và Xã hội', 'collective', 2],
      ['Giấy khen', 'province', 'Tỉnh ủy Kiên Giang', 'individual', 3],
      ['Giấy khen', 'corporation', 'Ngân hàng Chính sách xã hội', 'collective', 1],
    ]);
  });
  it("takes a minister for the giver, at the ministry's level, not for a presenter", () => {
    const [active] = read('Bộ trưởng Bộ Thông tin và Truyền thông tặng Bằng khen cho 3 tập thể.');
    expect(active).toMatchObject({ level: 'ministry', giver: 'Bộ trưởng Bộ Thông tin và Truyền thông', count: 3 });
    expect(active!.presenter).toBeUndefined();
    expect(brief(read('Bưu điện tỉnh được tặng Bằng khen của Bộ trưởng Bộ Tài chính.'))).toEqual([
      ['Bằng khen', 'ministry', 'Bộ trưởng Bộ Tài chính', 'collective', 1],
    ]);
  });
  it("reads a provincial branch of a central agency as the province's", () => {
    expect(brief(read('Bảo hiểm xã hội tỉnh Long An tặng Giấy khen cho 5 cá nhân.'))).toEqual([
      ['Giấy khen', 'province', 'Bảo hiểm xã hội tỉnh Long An', 'individual', 5],
    ]);
  });
  it('does not take "cán bộ" or "toàn bộ" for a ministry', () => {
    expect(read('Toàn bộ cán bộ Bưu điện tỉnh được Tổng công ty tặng Giấy khen.').map((a) => a.level)).toEqual([
      'corporation',
    ]);
  });
});

describe('titles attained and titles with no giver named', () => {
  it('reads "đạt danh hiệu" and "được tặng danh hiệu Chiến sĩ thi đua cơ sở", and keeps them though no giver is named', () => {
    const list = read(
      'Dịp này, 12 cá nhân được tặng danh hiệu Chiến sĩ thi đua cơ sở; 3 tập thể đạt danh hiệu Tập thể lao động xuất sắc.',
    );
    expect(list.map((a) => [a.award, a.level, a.recipientKind, a.count])).toEqual([
      ['Chiến sĩ thi đua cơ sở', 'unit', 'individual', 12],
      ['Tập thể lao động xuất sắc', 'unit', 'collective', 3],
    ]);
    // The level of the first comes from its name; the second's is a placeholder, and both say so.
    expect(list[0]!.giver).toBe('Không nêu tên (cấp cơ sở)');
    expect(list[0]!.warnings[0]!.messageEn).toMatch(/comes from the distinction's name/);
    expect(list[1]!.giver).toBe('Không nêu tên');
    expect(list[1]!.warnings[0]!.messageEn).toMatch(/placeholder/);
  });
  it("gives a title of a named rank to the giver of that rank met before, not to a recipient's employer", () => {
    const list = read(
      'Thừa ủy quyền của Chủ tịch nước, đồng chí Trần Anh Dũng trao Huân chương Lao động hạng Ba cho ông Nguyễn Văn Bình, Giám đốc Bưu điện tỉnh. 15 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở.',
    );
    expect(list[1]).toMatchObject({
      award: 'Chiến sĩ thi đua cơ sở',
      level: 'unit',
      giver: 'Không nêu tên (cấp cơ sở)',
      count: 15,
    });
  });
  it('reads an award in the clause after a semicolon', () => {
    expect(
      brief(
        read('Bưu điện tỉnh tiếp nhận trên 32.000 hồ sơ; Bưu điện huyện Mỏ Cày Nam được Tổng công ty tặng Giấy khen.'),
      ),
    ).toEqual([['Giấy khen', 'corporation', 'Tổng công ty Bưu điện Việt Nam', 'collective', 1]]);
  });
  it('learns from a caption what the text\'s "khen thưởng" by the same giver was', () => {
    const list = extractAwards(
      [
        'Các tập thể có thành tích xuất sắc được Tổng công ty Bưu điện Việt Nam tặng Giấy khen',
        'Nhiều tập thể, cá nhân được Tổng công ty Bưu điện Việt Nam khen thưởng.',
      ],
      [true, false],
      { reportYear: 2022 },
    ).awards;
    expect(brief(list)).toEqual([['Giấy khen', 'corporation', 'Tổng công ty Bưu điện Việt Nam', 'mixed', null]]);
    expect(list[0]!.warnings).toEqual([]);
    expect(list[0]!.quote).toBe(
      'Các tập thể có thành tích xuất sắc được Tổng công ty Bưu điện Việt Nam tặng Giấy khen … Nhiều tập thể, cá nhân được Tổng công ty Bưu điện Việt Nam khen thưởng',
    );
  });
});

describe('parseRecipients', () => {
  it('counts with leading zeros and names', () => {
    expect(parseRecipients('Bưu điện tỉnh và 06 tập thể, đơn vị trực thuộc')).toEqual([
      { text: 'Bưu điện tỉnh', kind: 'collective', count: 1 },
      { text: '06 tập thể, đơn vị trực thuộc', kind: 'collective', count: 6 },
    ]);
    expect(parseRecipients('bà Nguyễn Thị Lan, Phó Giám đốc')).toEqual([
      { text: 'bà Nguyễn Thị Lan, Phó Giám đốc', kind: 'individual', count: 1 },
    ]);
    expect(
      parseRecipients('các đơn vị Trung tâm khai thác vận chuyển, Bưu điện các huyện Ba Bể, Chợ Mới')[0]!.count,
    ).toBe(3);
    expect(parseRecipients('các tập thể, cá nhân')[0]).toMatchObject({ kind: 'mixed', count: null });
  });
});
