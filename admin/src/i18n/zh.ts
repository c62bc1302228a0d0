// The panel's Chinese messages: react-admin's own strings plus every label of this app.
// en.ts must mirror appMessages key for key (its type is derived from this object).
import type { TranslationMessages } from 'react-admin';
import { raChinese } from './raChinese';

const timestamps = { createdAt: '创建时间', updatedAt: '更新时间' };

export const appMessages = {
  resources: {
    townships: {
      name: '乡镇（街道）',
      fields: {
        code: '区划代码',
        name: '名称',
        kind: '类型',
        population: '常住人口',
        populationSynthetic: '人口为演示数据',
        officeTemplate: '机构设置模板',
        offices: '内设机构',
        signagePosted: '机构挂牌',
        functionsHandedOver: '职能交接',
        staffAssigned: '人员配备',
        officesColocated: '集中办公',
        check: '结构检查',
        requiredTemplate: '应设模板',
        ...timestamps,
      },
      enums: { kind: { street: '街道', town: '镇', township: '乡' } },
    },
    offices: {
      name: '内设机构',
      fields: { name: '名称', kind: '类型', township: '所属乡镇（街道）', ...timestamps },
      enums: { kind: { office: '办', bureau: '局', centre: '中心' } },
    },
    'office-templates': {
      name: '机构设置模板',
      fields: {
        code: '代码',
        name: '名称',
        minPopulation: '人口下限',
        maxPopulation: '人口上限',
        offices: '机构清单',
        ...timestamps,
      },
    },
    'party-organisations': {
      name: '党组织',
      fields: {
        code: '编号',
        name: '名称',
        level: '层级',
        category: '类别',
        parent: '上级党组织',
        township: '所属乡镇（街道）',
        grid: '所在网格',
        secretary: '书记',
        committeeSize: '委员人数',
        electedOn: '换届选举日期',
        check: '规模检查',
        children: '下级党组织',
        fullMembers: '正式党员',
        probationaryMembers: '预备党员',
        termYears: '任期（年）',
        members: '党员',
        ...timestamps,
      },
      enums: {
        level: { committee: '党委', general_branch: '党总支', branch: '党支部', party_group: '党小组' },
        category: { village: '村', community: '社区', organ: '机关', enterprise: '企业', other: '其他' },
      },
    },
    grids: {
      name: '网格',
      fields: {
        code: '网格编号',
        name: '名称',
        kind: '类型',
        township: '所属乡镇（街道）',
        village: '村（社区）',
        check: '配备检查',
        standard: '配备标准',
        staff: '网格工作人员',
        ...timestamps,
      },
      enums: { kind: { urban: '城市', rural: '农村', special: '专属' } },
    },
    'grid-standards': {
      name: '网格配备标准',
      fields: { kind: '网格类型', name: '名称', roles: '岗位要求', ...timestamps },
      enums: { kind: { urban: '城市', rural: '农村', special: '专属' } },
    },
    'grid-staffs': {
      name: '网格工作人员',
      fields: { name: '姓名', role: '岗位', grid: '网格', member: '对应党员', phone: '联系电话', ...timestamps },
      enums: {
        role: {
          grid_chief: '网格长',
          grid_worker: '专职网格员',
          police: '网格警员',
          instructor: '网格指导员',
          village_cadre: '村（居）干部',
          volunteer: '志愿者',
        },
      },
    },
    members: {
      name: '党员',
      fields: {
        code: '编号',
        name: '姓名',
        gender: '性别',
        birthDate: '出生日期',
        joinedDate: '入党日期',
        joinedDate_gte: '入党日期不早于',
        status: '党员类别',
        partyOrganisation: '所在党支部',
        partyGroup: '所在党小组',
        grid: '所在网格',
        township: '所属乡镇（街道）',
        phone: '联系电话',
        ...timestamps,
      },
      enums: {
        gender: { male: '男', female: '女' },
        status: { full: '正式党员', probationary: '预备党员' },
      },
    },
    'audit-logs': {
      name: '审计日志',
      fields: {
        at: '时间',
        userId: '用户编号',
        username: '用户',
        role: '角色',
        action: '操作',
        resource: '数据类型',
        recordId: '记录编号',
        before: '修改前',
        after: '修改后',
        ip: 'IP 地址',
        changes: '变更内容',
        ...timestamps,
      },
      enums: {
        action: { create: '新增', update: '修改', delete: '删除' },
        role: { county: '县委组织部', township: '乡镇党委', branch: '支部书记', member: '党员' },
      },
    },
  },
  app: {
    title: '泗阳县党建引领基层治理平台',
    short_title: '泗阳党建',
    login_subtitle: '党建引领 · 基层治理 · “1+4”体系',
    menu: { my_profile: '我的信息' },
    common_fields: { id: '编号', ...timestamps },
    check: {
      ok: '符合要求',
      errors: '%{smart_count} 项不符合',
      warnings: '%{smart_count} 项提示',
      title: '检查结果',
      pending: '未检查',
    },
    conflict: {
      message: '该记录已被他人修改，请重新加载后再编辑',
      reload: '重新加载',
    },
    dashboard: {
      welcome: '您好，%{name}',
      role: '身份：%{role}',
      township: '所属乡镇（街道）：%{name}',
      organisation: '所属党组织：%{name}',
      intro: '本平台汇集党组织、网格、党员台账，数据随录随查，结构与规模检查自动提示。',
      overview_county: '全县概况',
      overview_township: '本乡镇概况',
      open_profile: '查看我的信息',
    },
    township: {
      four_in_place: '四个到位',
      offices: '内设机构',
      no_offices: '尚未登记内设机构',
    },
    organisation: {
      children: '下级党组织',
      no_children: '没有下级党组织',
      member_counts: '正式 %{full} · 预备 %{probationary}',
      members: '本组织党员',
    },
    grid: {
      staff: '网格工作人员',
      no_staff: '尚未配备网格工作人员',
      party_organisations: '建在本网格的党组织',
    },
    member: {
      profile: '我的信息',
      not_linked: '您的账号尚未关联党员档案，请联系上级党组织。',
      contact: '联系方式',
      personal: '基本信息',
      organisation: '组织关系',
    },
    audit: {
      field: '字段',
      before: '修改前',
      after: '修改后',
      no_changes: '没有字段发生变化',
      since: '时间不早于',
      until: '时间不晚于',
    },
    json: { invalid: '不是有效的 JSON' },
    generic: {
      schema_error: '无法读取数据结构，部分页面暂不可用',
    },
  },
};

const zh: TranslationMessages = { ...raChinese, ...appMessages };

export default zh;
