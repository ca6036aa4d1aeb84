import { describe, expect, it } from 'vitest';
import { extractAwards, parseRecipients } from '../../src/lib/extract/awards.ts';
import { SUMMARY_OF_NAMED } from '../../src/lib/extract/rules/award-clause.ts';
import { RECIPIENT_RULES } from '../../src/lib/extract/rules/recipients.ts';

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
  it('reads a title or a flag aimed at as a plan, not as an award', () => {
    expect(read('Năm 2024, Bưu điện tỉnh phấn đấu đạt danh hiệu Tập thể lao động xuất sắc.')).toEqual([]);
    expect(read('Các đơn vị đăng ký đạt Tập thể lao động tiên tiến.')).toEqual([]);
    expect(read('Bưu điện tỉnh quyết tâm được nhận Cờ thi đua của Chính phủ.')).toEqual([]);
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
  it('does not take the end of "Cao Bằng" and the verb "khen thưởng" for a Bằng khen', () => {
    expect(brief(read('Bưu điện tỉnh Cao Bằng khen thưởng 12 tập thể có thành tích xuất sắc.'))).toEqual([
      ['Khen thưởng', 'unit', 'Bưu điện tỉnh Cao Bằng', 'collective', 12],
    ]);
    expect(read('UBND tỉnh Cao Bằng tặng Bằng khen cho Bưu điện tỉnh.').map((a) => a.award)).toEqual(['Bằng khen']);
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

describe('one distinction to several recipients: one award each', () => {
  it('reads units named one after another, with commas or "và"', () => {
    expect(
      read('Dịp này, Bưu điện tỉnh, Bưu điện huyện Mường Tè được Bộ Thông tin và Truyền thông tặng Cờ thi đua.').map(
        (a) => [a.award, a.level, a.recipient, a.count],
      ),
    ).toEqual([
      ['Cờ thi đua', 'ministry', 'Bưu điện tỉnh', 1],
      ['Cờ thi đua', 'ministry', 'Bưu điện huyện Mường Tè', 1],
    ]);
    expect(
      read('UBND tỉnh Yên Bái tặng Cờ thi đua cho Bưu điện huyện Lục Yên và Bưu điện thị xã Nghĩa Lộ.').map(
        (a) => a.recipient,
      ),
    ).toEqual(['Bưu điện huyện Lục Yên', 'Bưu điện thị xã Nghĩa Lộ']);
  });
  it('reads a count whose members are named after "là", "gồm" or a colon', () => {
    expect(
      read(
        'Bộ Thông tin và Truyền thông cũng tặng Cờ thi đua cho hai tập thể là Bưu điện huyện Tam Nông và Bưu điện thị xã Phú Thọ.',
      ).map((a) => [a.recipient, a.recipientKind, a.count]),
    ).toEqual([
      ['Bưu điện huyện Tam Nông', 'collective', 1],
      ['Bưu điện thị xã Phú Thọ', 'collective', 1],
    ]);
    expect(
      read(
        'Tổng công ty tặng Giấy khen cho 3 đơn vị gồm Bưu điện huyện Tam Đảo, Bưu điện huyện Lập Thạch và Trung tâm Khai thác vận chuyển.',
      ).map((a) => a.recipient),
    ).toEqual(['Bưu điện huyện Tam Đảo', 'Bưu điện huyện Lập Thạch', 'Trung tâm Khai thác vận chuyển']);
  });
  it('keeps the count, with a warning, when the names do not add up to it', () => {
    const list = read('UBND tỉnh tặng Bằng khen cho ba tập thể là Bưu điện huyện Đông Hải và Bưu điện huyện Hồng Dân.');
    expect(list.map((a) => [a.award, a.count])).toEqual([['Bằng khen', 3]]);
    expect(list[0]!.warnings[0]!.messageEn).toMatch(/names a different number/);
  });
  it('still counts a list after "các" as one group, and a count in words', () => {
    expect(
      read(
        'Công đoàn Bưu điện Việt Nam tặng Giấy khen cho Công đoàn Bưu điện tỉnh và các đơn vị Trung tâm Khai thác vận chuyển, Bưu điện các huyện Na Rì, Pác Nặm.',
      ).map((a) => a.count),
    ).toEqual([1, 3]);
    expect(
      brief(read('Bưu điện tỉnh được UBND tỉnh tặng Bằng khen; hai cá nhân được Bộ Tài chính tặng Bằng khen.'))[1],
    ).toEqual(['Bằng khen', 'ministry', 'Bộ Tài chính', 'individual', 2]);
  });
});

describe('distinctions in photo captions', () => {
  const caption = (text: string) => read(text, true);
  it('reads the flag handed over on the Government’s behalf, with its presenter', () => {
    const list = caption(
      'Thừa ủy quyền của Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Hà Giang Lê Văn Minh trao Cờ thi đua của Chính phủ cho Bưu điện tỉnh Hà Giang',
    );
    expect(brief(list)).toEqual([['Cờ thi đua', 'government', 'Chính phủ', 'collective', 1]]);
    expect([list[0]!.recipient, list[0]!.presenter]).toEqual([
      'Bưu điện tỉnh Hà Giang',
      'Phó Chủ tịch UBND tỉnh Hà Giang Lê Văn Minh',
    ]);
  });
  it('keeps a flag whose recipient the caption does not name, and says so', () => {
    for (const text of [
      'Giám đốc Sở Thông tin và Truyền thông tỉnh Đắk Nông trao tặng Cờ “Đơn vị dẫn đầu phong trào thi đua năm 2021”',
      'Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Văn Hải trao Cờ thi đua của Chính phủ',
    ]) {
      const [a] = caption(text);
      expect(a, text).toMatchObject({
        award: 'Cờ thi đua',
        recipient: 'Không nêu tên',
        recipientKind: 'collective',
        count: null,
      });
      expect(a!.warnings.map((w) => w.messageEn).join(' '), text).toMatch(/does not say who received it/);
    }
    // In the text, a flag with nobody to receive it is no award of its own.
    expect(read('Thứ trưởng Bộ Thông tin và Truyền thông trao Cờ thi đua của Chính phủ.')).toEqual([]);
  });
  it('reads a caption run into the text (a photo credit ends it) as a caption, merged with the text’s mention', () => {
    const list = read(
      'Ông Trần Văn Bình trao Cờ thi đua cho Bưu điện tỉnh. Ảnh: Minh Châu Năm 2022, Bưu điện tỉnh được Bộ Thông tin và Truyền thông tặng Cờ thi đua.',
    );
    expect(brief(list)).toEqual([['Cờ thi đua', 'ministry', 'Bộ Thông tin và Truyền thông', 'collective', 1]]);
    expect(list[0]!.presenter).toBe('Ông Trần Văn Bình');
    expect(
      brief(
        read(
          'Phó Chủ tịch UBND tỉnh Lê Văn An trao Bằng khen cho Bưu điện tỉnh (Ảnh: Hữu Nam). Dịp này, Bưu điện tỉnh được UBND tỉnh tặng Bằng khen.',
        ),
      ),
    ).toEqual([['Bằng khen', 'province', 'UBND tỉnh', 'collective', 1]]);
  });
  it('takes no giver from a presenter’s employer: the giver stays unnamed, at that level, with a warning', () => {
    for (const text of [
      'Ông Đinh Văn Giang – Phó Tổng giám đốc Tổng công ty Bưu điện Việt Nam (đứng thứ 2 từ trái sang) trao giấy khen cho các cá nhân',
      'Phó Tổng giám đốc Tổng công ty Nguyễn Thị Hà trao Giấy khen cho các tập thể xuất sắc',
    ]) {
      const [a] = caption(text);
      expect(a, text).toMatchObject({ award: 'Giấy khen', level: 'corporation', giver: 'Không nêu tên' });
      expect(a!.presenter, text).not.toContain('đứng thứ');
      expect(a!.warnings[0]!.messageEn, text).toMatch(/only who handed it over \(of Tổng/);
    }
  });
});

describe('paired lists: each distinction with its own giver', () => {
  it('pairs distinctions and the givers named after them, in order, and says so', () => {
    const list = read(
      'Lãnh đạo Tổng công ty trao tặng Bằng khen, Giấy khen của Bộ Khoa học và Công nghệ, Tổng công ty Bưu điện Việt Nam cho các tập thể, cá nhân xuất sắc.',
    );
    expect(list.map((a) => [a.award, a.level, a.giver])).toEqual([
      ['Bằng khen', 'ministry', 'Bộ Khoa học và Công nghệ'],
      ['Giấy khen', 'corporation', 'Tổng công ty Bưu điện Việt Nam'],
    ]);
    expect(list[0]!.warnings[0]!.messageEn).toMatch(/in the same order/);
    expect(
      read(
        'Dịp này, Bưu điện tỉnh nhận Cờ thi đua và Bằng khen của Bộ Thông tin và Truyền thông và UBND tỉnh Bình Phước.',
      ).map((a) => [a.award, a.giver]),
    ).toEqual([
      ['Cờ thi đua', 'Bộ Thông tin và Truyền thông'],
      ['Bằng khen', 'UBND tỉnh Bình Phước'],
    ]);
  });
  it('shares one giver among distinctions listed together', () => {
    expect(
      read('Bưu điện tỉnh được tặng Cờ thi đua và Bằng khen của UBND tỉnh Lào Cai.').map((a) => [a.award, a.giver]),
    ).toEqual([
      ['Cờ thi đua', 'UBND tỉnh Lào Cai'],
      ['Bằng khen', 'UBND tỉnh Lào Cai'],
    ]);
  });
});

describe('descriptors, receiving on behalf, one among several', () => {
  it("reads a unit's descriptor as the distinction's title, not as a second recipient", () => {
    expect(
      read(
        'Phó Chủ tịch UBND tỉnh trao cờ của Bộ Thông tin và Truyền thông cho Bưu điện huyện Năm Căn, đơn vị xuất sắc dẫn đầu phong trào thi đua năm 2021.',
      ).map((a) => [a.recipient, a.title]),
    ).toEqual([['Bưu điện huyện Năm Căn', 'Đơn vị xuất sắc dẫn đầu phong trào thi đua năm 2021']]);
    expect(
      read('Bưu điện huyện Đầm Dơi, đơn vị dẫn đầu phong trào thi đua năm 2020, được UBND tỉnh tặng Cờ thi đua.').map(
        (a) => [a.recipient, a.title, a.giver],
      ),
    ).toEqual([['Bưu điện huyện Đầm Dơi', 'Đơn vị dẫn đầu phong trào thi đua năm 2020', 'UBND tỉnh']]);
  });
  it('gives the award to the unit, not to whoever received it on its behalf', () => {
    const recipients = [
      'Lãnh đạo Bưu điện tỉnh nhận Cờ thi đua của Chính phủ',
      'Ông Lê Văn Cường, Giám đốc Bưu điện tỉnh, thay mặt tập thể đón nhận Cờ thi đua của Bộ Thông tin và Truyền thông.',
      'Thay mặt tập thể Bưu điện huyện Hòa Vang, bà Nguyễn Thị Én nhận Bằng khen của UBND thành phố.',
      'Đại diện Bưu điện huyện Krông Bông đón nhận Cờ thi đua của UBND tỉnh.',
    ].map((t) => read(t).map((a) => [a.recipient, a.recipientKind, a.count]));
    expect(recipients).toEqual([
      [['Bưu điện tỉnh', 'collective', 1]],
      [['Bưu điện tỉnh', 'collective', 1]],
      [['tập thể Bưu điện huyện Hòa Vang', 'collective', 1]],
      [['Bưu điện huyện Krông Bông', 'collective', 1]],
    ]);
    // A person who receives for herself is the recipient.
    expect(read('Bà Trần Thị Mai nhận Bằng khen của Bộ Thông tin và Truyền thông.')[0]).toMatchObject({
      recipient: 'Bà Trần Thị Mai',
      recipientKind: 'individual',
    });
  });
  it('says so when the unit received for is not named', () => {
    const [a] = read('Ông Phạm Văn Dũng, Giám đốc, nhận Cờ thi đua thay mặt đơn vị.');
    expect(a).toMatchObject({
      award: 'Cờ thi đua',
      recipient: 'đơn vị',
      quote: 'Ông Phạm Văn Dũng, Giám đốc, nhận Cờ thi đua thay mặt đơn vị',
    });
    expect(a!.warnings.map((w) => w.messageEn).join(' ')).toMatch(/does not name the unit/);
  });
  it('reads "1 trong 5 …" as one unit, not a count', () => {
    const list = read(
      'Dịch vụ thu Bảo hiểm xã hội hoàn thành tốt nhiệm vụ, là 1 trong 5 bưu điện tỉnh, thành trong cả nước được Bảo hiểm xã hội Việt Nam tặng giấy khen.',
    );
    expect(list.map((a) => [a.award, a.level, a.giver, a.recipient, a.count])).toEqual([
      ['Giấy khen', 'ministry', 'Bảo hiểm xã hội Việt Nam', 'Bưu điện tỉnh', 1],
    ]);
    expect(list[0]!.warnings[0]!.messageEn).toMatch(/one of several/);
    const [b] = read('Bưu điện tỉnh là một trong ba đơn vị được Ngân hàng Chính sách xã hội tặng Bằng khen.');
    expect(b).toMatchObject({
      giver: 'Ngân hàng Chính sách xã hội',
      recipient: 'Bưu điện tỉnh',
      count: 1,
      warnings: [],
    });
  });
});

describe('givers outside the usual, titles recognised, summaries', () => {
  it("reads the corporation's board (Hội đồng thành viên) as the corporation", () => {
    expect(
      read('Phó Tổng giám đốc Chu Văn An tặng Giấy khen của Hội đồng thành viên cho các đơn vị.').map((a) => [
        a.level,
        a.giver,
        a.presenter,
      ]),
    ).toEqual([['corporation', 'Hội đồng thành viên', 'Phó Tổng giám đốc Chu Văn An']]);
    expect(read('Chủ tịch HĐTV Tổng công ty tặng Bằng khen cho 5 tập thể.')[0]!.level).toBe('corporation');
  });
  it('takes a department (Sở) for the giver of its own Giấy khen, and for the presenter of anything else', () => {
    expect(brief(read('Sở Tài chính tỉnh Hà Tĩnh tặng Giấy khen cho 4 tập thể.'))).toEqual([
      ['Giấy khen', 'province', 'Sở Tài chính tỉnh Hà Tĩnh', 'collective', 4],
    ]);
    const [flag] = read(
      'Giám đốc Sở Thông tin và Truyền thông tỉnh Sóc Trăng trao Cờ thi đua của Bộ Thông tin và Truyền thông cho Bưu điện tỉnh.',
    );
    expect(flag).toMatchObject({ level: 'ministry', giver: 'Bộ Thông tin và Truyền thông' });
    expect(flag!.presenter).toContain('Sở Thông tin và Truyền thông');
    // "cơ sở" is no department.
    expect(read('12 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở Bưu điện huyện Kế Sách.')[0]!.level).toBe('unit');
  });
  it('reads a title recognised with "công nhận là" or "công nhận đạt"', () => {
    expect(
      brief(
        read(
          'Kết quả, năm 2021, Bưu điện huyện Sìn Hồ được UBND tỉnh Lai Châu công nhận là tập thể lao động xuất sắc.',
        ),
      ),
    ).toEqual([['Tập thể lao động xuất sắc', 'province', 'UBND tỉnh Lai Châu', 'collective', 1]]);
    expect(
      brief(
        read('Bưu điện tỉnh được Tổng công ty Bưu điện Việt Nam công nhận đạt Tập thể lao động tiên tiến năm 2021.'),
      ),
    ).toEqual([['Tập thể lao động tiên tiến', 'corporation', 'Tổng công ty Bưu điện Việt Nam', 'collective', 1]]);
  });
  it('reads a general "tổ chức khen thưởng, vinh danh" sentence as a summary of the awards named, not one more', () => {
    for (const summary of [
      'Nhân dịp này, Bưu điện tỉnh đã tổ chức khen thưởng, vinh danh các tập thể, cá nhân có thành tích xuất sắc.',
      'Bưu điện tỉnh Điện Biên đã tổ chức lễ tuyên dương các tập thể, cá nhân tiêu biểu năm 2022.',
    ]) {
      const list = extractAwards(
        [summary, 'Theo đó, UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc.'],
        [false, false],
        { reportYear: 2022 },
      ).awards;
      expect(brief(list), summary).toEqual([['Bằng khen', 'province', 'UBND tỉnh', 'mixed', null]]);
      expect(list[0]!.warnings[0]!.messageEn, summary).toMatch(/summing up the awards named/);
    }
    // Alone, such a sentence is the only award there is; with its givers named it is an award of its own.
    expect(
      read('Bưu điện tỉnh Điện Biên đã tổ chức lễ tuyên dương các tập thể, cá nhân tiêu biểu năm 2022.'),
    ).toHaveLength(1);
    expect(
      extractAwards(
        [
          'Nhiều tập thể, cá nhân được Tổng công ty Bưu điện Việt Nam, Bưu điện tỉnh Hà Nam khen thưởng.',
          'Dịp này, 5 tập thể được Tổng công ty Bưu điện Việt Nam tặng Giấy khen.',
        ],
        [false, false],
        { reportYear: 2022 },
      ).awards.map((a) => a.award),
    ).toEqual(['Khen thưởng', 'Khen thưởng', 'Giấy khen']);
  });
});

describe('recipient rules read their examples back', () => {
  for (const rule of RECIPIENT_RULES) {
    it(`${rule.id}: ${rule.why}`, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const [input, output] of rule.examples) expect(rule.read(input), input).toEqual(output);
    });
  }
  it(`${SUMMARY_OF_NAMED.id}`, () => {
    for (const [mention, others, summary] of SUMMARY_OF_NAMED.examples)
      expect(SUMMARY_OF_NAMED.of(mention, others) !== undefined, mention.award).toBe(summary);
  });
});
