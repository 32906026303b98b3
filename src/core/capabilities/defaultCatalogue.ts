/**
 * The responsibilities an operations center must cover (../shared/DOMAIN.md §2, from seed 000),
 * the default capability catalogue. Positions may name a capability in either language.
 */
export interface Capability {
  /** Stable key. */
  key: string;
  area: { en: string; zh: string };
  en: string;
  zh: string;
}

const AREAS = {
  user: { en: "User ops", zh: "用户运营" },
  content: { en: "Content ops", zh: "内容运营" },
  campaign: { en: "Campaign ops", zh: "活动运营" },
  product: { en: "Product ops", zh: "产品运营" },
  channel: { en: "Channel ops", zh: "渠道运营" },
  data: { en: "Data & decisions", zh: "数据分析与决策" },
  collaboration: { en: "Collaboration", zh: "团队协作" },
  strategy: { en: "Strategy", zh: "策略制定与优化" },
} as const;

function capability(key: string, area: keyof typeof AREAS, en: string, zh: string): Capability {
  return { key, area: AREAS[area], en, zh };
}

export const DEFAULT_CAPABILITIES: readonly Capability[] = [
  capability("acquisition", "user", "Acquisition", "拉新"),
  capability("retention", "user", "Retention", "留存"),
  capability("activation", "user", "Activation", "促活"),
  capability("growth-planning", "user", "Growth planning", "用户增长"),
  capability("user-relations", "user", "User relations", "用户关系维护"),
  capability("content-planning", "content", "Content planning", "内容策划"),
  capability("content-creation", "content", "Creation & editing", "内容创作与编辑"),
  capability("content-publishing", "content", "Publishing & promotion", "内容发布与推广"),
  capability("content-optimisation", "content", "Content optimisation", "内容优化"),
  capability("campaign-planning", "campaign", "Campaign planning", "活动策划"),
  capability("campaign-execution", "campaign", "Campaign execution", "活动执行"),
  capability("campaign-evaluation", "campaign", "Campaign evaluation", "活动效果评估"),
  capability("product-research", "product", "Product research", "产品调研"),
  capability("product-promotion", "product", "Product promotion", "产品推广"),
  capability("product-data-analysis", "product", "Product data analysis", "产品数据分析"),
  capability("competitor-analysis", "product", "Competitor analysis", "竞品分析"),
  capability("product-training", "product", "Product training", "产品培训"),
  capability("channel-expansion", "channel", "Channel expansion", "渠道拓展"),
  capability("channel-management", "channel", "Channel management", "渠道管理"),
  capability("channel-roi", "channel", "Channel effectiveness & ROI", "渠道效果监测"),
  capability("traffic-conversion", "channel", "Traffic acquisition & conversion", "流量获取与转化"),
  capability("metrics-system", "data", "Metrics system", "数据指标体系"),
  capability("analysis-mining", "data", "Analysis & mining", "数据分析与挖掘"),
  capability("decision-support", "data", "Decision support", "数据驱动决策"),
  capability("cross-department-work", "collaboration", "Cross-department collaboration", "跨部门协作"),
  capability("resource-coordination", "collaboration", "Resource coordination", "协调内部资源"),
  capability("strategy-planning", "strategy", "Operations strategy & plans", "制定运营策略和计划"),
  capability("strategy-optimisation", "strategy", "Strategy adjustment & optimisation", "运营策略调整和优化"),
];
