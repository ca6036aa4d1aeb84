import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/lib/extract/people.ts';

describe('extractPeople', () => {
  it('reads honorific, name and role in apposition', () => {
    expect(
      extractPeople([
        'Dự hội nghị có đồng chí Lê Thị Hoa, Phó Chủ tịch UBND tỉnh; ông Trần Quốc Việt – Giám đốc Sở Thông tin và Truyền thông cùng đại diện các sở.',
      ]),
    ).toEqual([
      { name: 'Lê Thị Hoa', role: 'Phó Chủ tịch UBND tỉnh', organization: 'UBND tỉnh' },
      {
        name: 'Trần Quốc Việt',
        role: 'Giám đốc Sở Thông tin và Truyền thông',
        organization: 'Sở Thông tin và Truyền thông',
      },
    ]);
  });
  it('reads a role written before the name', () => {
    expect(extractPeople(['Phó Tổng giám đốc Tổng công ty Bưu điện Việt Nam Nguyễn Văn Tâm trao Giấy khen.'])).toEqual([
      {
        name: 'Nguyễn Văn Tâm',
        role: 'Phó Tổng giám đốc Tổng công ty Bưu điện Việt Nam',
        organization: 'Tổng công ty Bưu điện Việt Nam',
      },
    ]);
  });
  it('keeps several roles of one person', () => {
    expect(extractPeople(['đồng chí Hà Văn Sơn - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh phát biểu'])[0]!.role).toBe(
      'Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh',
    );
  });
  it('leaves out people without a role and places that look like names', () => {
    expect(extractPeople(['Ông Trần Văn Ba cho biết thêm.', 'Hà Nội là thủ đô.'])).toEqual([]);
  });
});
