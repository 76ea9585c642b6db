/**
 * Portal profiles as data (report-format.md §10.1): where the report body lives, where the title and the publication
 * date are printed, and which words mark page chrome. The generic fallback in container.ts uses the same markers.
 */

export interface ContainerProfile {
  /** Simple selector: '#id', '.class' or a tag name (matched exactly by dom/scan.ts on the elements of one native superset query). */
  selector: string;
  /** Base score (KIROGOVCOMPARE HtmlParseService boosts, plus UCAP / pingtan families). */
  score: number;
}

export const CONTAINER_PROFILES: readonly ContainerProfile[] = [
  { selector: '#ivs_content', score: 120 },
  { selector: '#webeditorview', score: 100 },
  { selector: '.TRS_Editor', score: 100 },
  { selector: '.trs_editor', score: 100 },
  { selector: '.trs_editor_view', score: 100 },
  { selector: '.Custom_UnionStyle', score: 95 },
  { selector: '.webeditorview', score: 95 },
  { selector: '#zoomcon', score: 95 },
  { selector: '#zoom', score: 90 },
  { selector: '#Zoom', score: 90 },
  { selector: 'ucapcontent', score: 88 },
  { selector: '#article', score: 85 },
  { selector: '#articleContent', score: 85 },
  { selector: '#article_content', score: 85 },
  { selector: '.article-content', score: 85 },
  { selector: '.articleContent', score: 85 },
  { selector: '.article_content', score: 85 },
  { selector: 'article', score: 80 },
  { selector: '.article-cont', score: 80 },
  { selector: '.articleCont', score: 80 },
  { selector: '.detail-content', score: 80 },
  { selector: '.content-detail', score: 80 },
  { selector: '.xxgk_content', score: 80 },
  { selector: '.xxgk-content', score: 80 },
  { selector: '.pages_content', score: 78 },
  { selector: '#mainContent', score: 75 },
  { selector: '.zw-content', score: 75 },
  { selector: '.main-content', score: 70 },
  { selector: '#content', score: 60 },
  { selector: 'main', score: 60 },
  { selector: '.content', score: 50 },
  { selector: '.article', score: 50 },
];

/** Marker scores used for every candidate (profile or generic). */
export const CONTAINER_MARKERS = {
  reportTitle: 140,
  sectionTitle: 45,
  table: 20,
  maxTables: 4,
  chromeTerm: -30,
} as const;

/** Words that mark page chrome (navigation, share bars, footers). A container holding them is probably too wide. */
export const CHROME_TERMS: readonly string[] = [
  '繁體版', '繁体版', '无障碍', '长者版', '长者模式', '当前位置', '字体：', '字号：', '【大 中 小】', '分享到', '打印本页', '关闭窗口',
  '网站地图', 'ICP备', '公网安备', '网站标识码', '主办单位', '相关链接', '上一篇', '下一篇', '扫一扫',
];

/** Where portals print the article title (checked after meta ArticleTitle). */
export const TITLE_SELECTORS: readonly string[] = [
  'h1', 'ucaptitle', '.article_title', '.article-title', '.articleTitle', '#title', '.title', '.tit', '.detail-title', '#ivs_title',
];

/** Meta tags that carry the title / publication date. */
export const TITLE_META: readonly string[] = ['ArticleTitle', 'og:title'];
export const DATE_META: readonly string[] = ['PubDate', 'publishdate', 'firstpublishedtime', 'article:published_time', 'pubdate', 'others'];
