import { Badge, Label, makeStyles, Select, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGES } from '../../electron/contract/locales/index.js';
import { useAppState } from '../store/context.js';
import type { ViewId } from '../store/index.js';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase500 },
  spacer: { flexGrow: 1 },
  lang: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Title, view tabs and the language switch. */
export function AppHeader() {
  const styles = useStyles();
  const { t } = useTranslation();
  const view = useAppState((s) => s.view);
  const setView = useAppState((s) => s.setView);
  const language = useAppState((s) => s.language);
  const setLanguage = useAppState((s) => s.setLanguage);
  const simulated = useAppState((s) => s.info?.simulated ?? false);
  return (
    <header className={styles.bar}>
      <Text as="h1" className={styles.title}>
        {t('app.title')}
      </Text>
      {simulated && <Badge appearance="tint" color="warning">{t('app.simulated')}</Badge>}
      <TabList
        aria-label={t('nav.label')}
        selectedValue={view}
        onTabSelect={(_, data) => setView(data.value as ViewId)}
      >
        <Tab value="wizard" data-testid="tab-wizard">
          {t('nav.wizard')}
        </Tab>
        <Tab value="dashboard" data-testid="tab-dashboard">
          {t('nav.dashboard')}
        </Tab>
        <Tab value="support" data-testid="tab-support">
          {t('nav.support')}
        </Tab>
      </TabList>
      <div className={styles.spacer} />
      <div className={styles.lang}>
        <Label htmlFor="language-select">{t('language.label')}</Label>
        <Select
          id="language-select"
          data-testid="language-select"
          value={language}
          onChange={(_, data) => setLanguage(data.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </Select>
      </div>
    </header>
  );
}
