/** Agency (issuing unit) names. */

/** Unit names compared loosely: 「湘乡市人民政府办公室」 = 「湘乡市政府办」. */
export function normaliseAgency(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/人民政府/g, '政府')
    .replace(/办公室|办公厅/g, '办')
    .replace(/管理委员会/g, '管委会')
    .replace(/委员会/g, '委');
}

export function sameAgency(a: string, b: string): boolean {
  const x = normaliseAgency(a);
  const y = normaliseAgency(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}
