// Fictitious names and phone numbers. Phones start with 100, which no Chinese mobile number does,
// so a seeded number can never reach a real person.
import { pick, intBetween, type Rng } from './random';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力梅鹏林志宇新春晓东海波宁飞云凤雪琴晨阳斌浩凯亮鑫佳欣怡婷瑞泽昊然'.split('');
const VILLAGE_FIRST = '新张李王刘陈杨周吴徐孙胡朱高林何郭马罗宋郑谢韩唐冯董程曹袁许沈彭吕苏卢蒋蔡丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭邹金陆孔白崔康毛秦江史顾侯邵孟万段钱汤尹常武乔贺龚'.split('');
const VILLAGE_SECOND = '庄圩集河桥湖塘沟营楼岗洼口滩园墩湾'.split('');
const COMMUNITY = ['幸福', '和平', '文昌', '府苑', '新城', '东方', '运河', '桃源', '洋河', '众兴', '城北', '城南', '泗水', '锦绣', '翠园', '阳光', '花园', '滨河', '长春', '裕丰', '金鼎', '雅居', '北京路', '人民路'];
export const SPECIAL_KINDS = ['学校', '医院', '工业园区', '农贸市场', '商业街区', '养老院'];

export function personName(r: Rng): string {
  const given = r() < 0.6 ? pick(r, GIVEN) + pick(r, GIVEN) : pick(r, GIVEN);
  return pick(r, SURNAMES) + given;
}

export function phone(r: Rng): string {
  return '100' + String(intBetween(r, 0, 99999999)).padStart(8, '0');
}

/** A place name unique within `taken`: villages end in 村, communities in 社区. */
export function placeName(r: Rng, kind: 'village' | 'community', taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const stem = kind === 'village' ? pick(r, VILLAGE_FIRST) + pick(r, VILLAGE_SECOND) : pick(r, COMMUNITY);
    const suffix = attempt > 20 ? String(attempt) : '';
    const name = stem + suffix + (kind === 'village' ? '村' : '社区');
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}
