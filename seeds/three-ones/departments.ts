// County departments (县直部门) that delegate approval items and penalty powers to townships, and that
// the county centre assigns escalated events to. Short names as used in Siyang's documents; the codes
// are this project's own.
export interface CountyDepartment {
  code: string;
  name: string;
  shortName: string;
}

export const COUNTY_DEPARTMENTS: CountyDepartment[] = [
  { code: 'zrzy', name: '泗阳县自然资源和规划局', shortName: '县自然资源和规划局' },
  { code: 'zj', name: '泗阳县住房和城乡建设局', shortName: '县住建局' },
  { code: 'mz', name: '泗阳县民政局', shortName: '县民政局' },
  { code: 'rs', name: '泗阳县人力资源和社会保障局', shortName: '县人社局' },
  { code: 'yb', name: '泗阳县医疗保障局', shortName: '县医保局' },
  { code: 'wj', name: '泗阳县卫生健康委员会', shortName: '县卫健委' },
  { code: 'nync', name: '泗阳县农业农村局', shortName: '县农业农村局' },
  { code: 'scjg', name: '泗阳县市场监督管理局', shortName: '县市场监管局' },
  { code: 'ga', name: '泗阳县公安局', shortName: '县公安局' },
  { code: 'sw', name: '泗阳县水务局', shortName: '县水务局' },
  { code: 'jt', name: '泗阳县交通运输局', shortName: '县交通运输局' },
  { code: 'cg', name: '泗阳县城市管理局', shortName: '县城管局' },
  { code: 'hb', name: '宿迁市泗阳生态环境局', shortName: '泗阳生态环境局' },
  { code: 'tyjr', name: '泗阳县退役军人事务局', shortName: '县退役军人事务局' },
  { code: 'cl', name: '泗阳县残疾人联合会', shortName: '县残联' },
  { code: 'jy', name: '泗阳县教育局', shortName: '县教育局' },
  { code: 'wlg', name: '泗阳县文化广电和旅游局', shortName: '县文广旅局' },
  { code: 'yj', name: '泗阳县应急管理局', shortName: '县应急管理局' },
  { code: 'sf', name: '泗阳县司法局', shortName: '县司法局' },
  { code: 'fg', name: '泗阳县发展和改革委员会', shortName: '县发改委' },
  { code: 'yc', name: '泗阳县烟草专卖局', shortName: '县烟草专卖局' },
  { code: 'xf', name: '泗阳县消防救援大队', shortName: '县消防救援大队' },
  { code: 'sdq', name: '水电气公共服务单位（供电、供水、燃气）', shortName: '水电气' },
];

export const DEPARTMENT_BY_CODE = new Map(COUNTY_DEPARTMENTS.map((d) => [d.code, d]));

export function department(code: string): CountyDepartment {
  const d = DEPARTMENT_BY_CODE.get(code);
  if (!d) throw new Error(`unknown county department: ${code}`);
  return d;
}
