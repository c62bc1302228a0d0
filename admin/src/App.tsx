import { Admin, CustomRoutes } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { lightTheme } from './layout/theme';
import { Dashboard } from './dashboard/Dashboard';
import { MyProfile } from './members/MyProfile';
import { MyPoints } from './my-points/MyPoints';
import { PointsRanking } from './points-reports/PointsRanking';
import { DecisionPrint } from './decisions/DecisionPrint';
import { AttendanceTaker } from './meetings/AttendanceTaker';
import { CompliancePage } from './meeting-compliance/CompliancePage';
import { MyMeetings } from './my-meetings/MyMeetings';
import { JudgingPage } from './theme-days/JudgingPage';
import { loadSchema } from './schema/loadSchema';
import { getToken } from './session';
import { resourcesFor } from './resources';
import type { Role } from './types';
import { ImportPage } from './imports/ImportPage';
import { PrintPage } from './prints/PrintPage';
import { VerifyPage } from './prints/VerifyPage';
import { EventsBoard } from './events-board/EventsBoard';
import { GridPhone } from './grid-phone/GridPhone';
import { AssessmentPage as EventsAssessmentPage } from './events-assessment/AssessmentPage';
import { ServiceDesk } from './services/ServiceDesk';
import { AssessmentPage as ServicesAssessmentPage } from './services/AssessmentPage';

// Resources come from the caller's schema, so they are registered once it has loaded; react-admin
// calls the function child again whenever the permissions (the role) change, i.e. on a new login.
const renderResources = async (role: Role | null) => {
  // Before login there is nobody to describe the schema for; the login page needs no resources.
  if (!getToken()) return [];
  const schema = await loadSchema().catch((error: unknown) => {
    console.error('Could not load /ra/_schema', error);
    return null;
  });
  return resourcesFor(schema, role);
};

export const App = () => (
  <Admin
    title="泗阳县党建引领基层治理平台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    theme={lightTheme}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    <CustomRoutes>
      <Route path="/me" element={<MyProfile />} />
      <Route path="/my-points" element={<MyPoints />} />
      <Route path="/points-ranking" element={<PointsRanking />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/verify" element={<VerifyPage />} />
      <Route path="/verify/:code" element={<VerifyPage />} />
      <Route path="/meeting-attendance/:id" element={<AttendanceTaker />} />
      <Route path="/meetings-compliance" element={<CompliancePage />} />
      <Route path="/my-meetings" element={<MyMeetings />} />
      <Route path="/theme-day-judging/:id" element={<JudgingPage />} />
      <Route path="/events-board" element={<EventsBoard />} />
      <Route path="/grid-phone" element={<GridPhone />} />
      <Route path="/events-assessment" element={<EventsAssessmentPage />} />
      <Route path="/service-desk" element={<ServiceDesk />} />
      <Route path="/services-assessment" element={<ServicesAssessmentPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/decisions/:id/print" element={<DecisionPrint />} />
      <Route path="/print/:kind/:id" element={<PrintPage />} />
    </CustomRoutes>
    {renderResources}
  </Admin>
);
