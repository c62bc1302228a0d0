// What residents and grid staff report, and who handles it: for each category the township office
// a 交办 goes to and the county departments a 报办 ends with (office names as in office-templates.json).
export interface EventCategory {
  code: string;
  label: string;
  offices: string[];
  departments: string[];
  descriptions: string[];
  results: string[];
}

export const EVENT_CATEGORIES: EventCategory[] = [
  { code: 'sanitation', label: '环境卫生', offices: ['综合行政执法局', '社会事业局'], departments: ['cg', 'hb'],
    descriptions: ['路边垃圾堆积多日无人清运', '垃圾桶满溢，周边有异味', '河边有人倾倒生活垃圾'],
    results: ['已安排保洁人员清运完毕', '已清理并加密清运频次'] },
  { code: 'illegal_building', label: '违章搭建', offices: ['综合行政执法局', '自然资源和规划建设局'], departments: ['zrzy', 'cg'],
    descriptions: ['村民在自家院外私自搭建彩钢棚', '沿街门面违规加建雨棚', '承包地内新建疑似违法建筑'],
    results: ['已责令当事人自行拆除', '已立案并依法拆除'] },
  { code: 'dispute', label: '矛盾纠纷', offices: ['社会治理局', '党政办公室'], departments: ['sf'],
    descriptions: ['邻里因宅基地边界发生争执', '家庭赡养纠纷需要调解', '土地流转租金纠纷'],
    results: ['经调解双方达成一致', '已引导当事人申请人民调解并达成协议'] },
  { code: 'roads', label: '道路交通', offices: ['自然资源和规划建设局', '社会治理局'], departments: ['jt', 'ga'],
    descriptions: ['村道路面坑洼影响通行', '路灯损坏多日不亮', '路口缺少减速标志'],
    results: ['已修补路面', '已维修更换路灯'] },
  { code: 'safety', label: '安全隐患', offices: ['社会治理局', '综合行政执法局'], departments: ['yj', 'xf'],
    descriptions: ['楼道内电动车充电存在火灾隐患', '废弃厂房存在坍塌风险', '小作坊违规存放液化气罐'],
    results: ['已督促整改并复查合格', '已设置警示标志并落实整改'] },
  { code: 'livelihood', label: '民生服务', offices: ['社会事业局', '党群工作局'], departments: ['mz', 'rs', 'yb'],
    descriptions: ['独居老人反映生活困难', '群众咨询低保申请流程', '残疾人补贴发放情况咨询'],
    results: ['已上门走访并协助办理', '已答复并代办相关手续'] },
  { code: 'order', label: '市容秩序', offices: ['综合行政执法局'], departments: ['cg'],
    descriptions: ['早市摊贩占道经营', '店外经营堵塞人行道', '乱贴小广告'],
    results: ['已劝导摊贩入市经营', '已清理并约谈商户'] },
  { code: 'agriculture', label: '农业农村', offices: ['经济发展局', '自然资源和规划建设局'], departments: ['nync', 'sw'],
    descriptions: ['农田灌溉渠道堵塞', '秸秆堆放占用道路', '养殖户病死畜禽处置咨询'],
    results: ['已组织疏通渠道', '已协调清运并指导处置'] },
  { code: 'waterways', label: '水利河道', offices: ['自然资源和规划建设局', '经济发展局'], departments: ['sw'],
    descriptions: ['河道水面漂浮物较多', '河坡有人私自种植', '排涝站设备故障'],
    results: ['已组织打捞清理', '已恢复河坡原貌'] },
  { code: 'environment', label: '生态环境', offices: ['综合行政执法局'], departments: ['hb'],
    descriptions: ['夜间有工地施工噪声扰民', '餐馆油烟直排扰民', '有人露天焚烧垃圾'],
    results: ['已责令停止并整改', '已督促安装油烟净化设施'] },
  { code: 'market', label: '食品市场', offices: ['综合行政执法局', '经济发展局'], departments: ['scjg'],
    descriptions: ['小超市销售过期食品', '流动摊贩无证销售熟食', '集市商户短斤缺两'],
    results: ['已下架并依法处理', '已责令整改并复查'] },
];

/** Rough share of each source among reports (网格通 carried most, as the grid staff report daily). */
export const SOURCE_WEIGHTS = [
  { source: 'grid_phone', weight: 45 },
  { source: 'snapshot', weight: 28 },
  { source: 'app', weight: 15 },
  { source: 'hotline', weight: 8 },
  { source: 'talk_day', weight: 4 },
] as const;

export const RETURN_REASONS = ['不属于本单位职责范围', '事发地点不在本辖区', '事件信息不全，无法核实', '需其他部门牵头处理'];
