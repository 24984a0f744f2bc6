import { useState } from 'react';
import { DEFAULT_RULE_SETTINGS, RULE_IDS, type RuleId, type RuleSetting } from '../../lib/profile/rule-ids';
import type { SourceProfile } from '../../lib/profile/source.schema';
import { Button } from '../ui/button';
import { RadioGroup } from '../ui/field';
import { t } from '../ui/i18n';
import { Notice } from '../ui/notice';
import type { Commit } from './profile-editor';

/** Chrome message names allow letters, digits and underscores only. */
export function ruleStem(rule: RuleId): string {
  return rule.replace(/-/g, '_');
}

const SETTINGS: readonly RuleSetting[] = ['block', 'warn', 'off'];

/**
 * Per rule: block, warn or off, each with a plain explanation of what it catches and the
 * published guidance it comes from, so a manager can defend the setting to trustees.
 */
export function RulesEditor({ source, commit }: { source: SourceProfile; commit: Commit }) {
  const [status, setStatus] = useState<{ rule: RuleId; ok: boolean } | undefined>();
  // The choice shows at once, while it is being encrypted and saved; a failed save puts it back.
  const [pending, setPending] = useState<Partial<Record<RuleId, RuleSetting>>>({});
  const effective = (rule: RuleId): RuleSetting => pending[rule] ?? source.rules[rule] ?? DEFAULT_RULE_SETTINGS[rule];

  const change = async (rule: RuleId, setting: RuleSetting) => {
    setPending((p) => ({ ...p, [rule]: setting }));
    const rules = { ...source.rules };
    // Keep the profile short: a setting equal to the default is the default.
    if (setting === DEFAULT_RULE_SETTINGS[rule]) delete rules[rule];
    else rules[rule] = setting;
    const ok = await commit({ ...source, rules });
    setPending((p) => {
      const next = { ...p };
      delete next[rule];
      return next;
    });
    setStatus({ rule, ok });
  };

  const changed = RULE_IDS.filter((r) => source.rules[r] !== undefined && source.rules[r] !== DEFAULT_RULE_SETTINGS[r]);

  return (
    <div>
      <h2>{t('options_rules_heading')}</h2>
      <p className="sl-muted">{t('options_rules_intro')}</p>
      <ul className="sl-small">
        <li>{t('options_rules_block_means')}</li>
        <li>{t('options_rules_warn_means')}</li>
        <li>{t('options_rules_off_means')}</li>
      </ul>
      <p role="status" className="sl-small">
        {status ? (status.ok ? t('options_rules_saved', t(`options_rule_${ruleStem(status.rule)}_name`)) : t('options_save_failed')) : ''}
      </p>
      {RULE_IDS.map((rule) => {
        const stem = ruleStem(rule);
        const value = effective(rule);
        return (
          <section key={rule} className="sl-card sl-rule" aria-labelledby={`sl-rule-${rule}`}>
            <h3 id={`sl-rule-${rule}`}>{t(`options_rule_${stem}_name`)}</h3>
            <p>{t(`options_rule_${stem}_explain`)}</p>
            <p className="sl-small sl-muted">
              <strong>{t('options_rules_guidance')}</strong> {t(`options_rule_${stem}_source`)}
            </p>
            <RadioGroup
              legend={t('options_rules_setting_for', t(`options_rule_${stem}_name`))}
              name={`rule-${rule}`}
              inline
              value={value}
              onChange={(v) => void change(rule, v)}
              options={SETTINGS.map((s) => ({
                value: s,
                label: s === DEFAULT_RULE_SETTINGS[rule] ? t('options_setting_default', t(`options_setting_${s}`)) : t(`options_setting_${s}`),
              }))}
            />
            {value === 'off' && (rule === 'minor-contact' || rule === 'register-person' || rule === 'child-detail') ? (
              <Notice tone="warning" live={false}>
                <p>{t('options_rules_off_warning')}</p>
              </Notice>
            ) : null}
          </section>
        );
      })}
      {changed.length ? (
        <div className="sl-actions">
          <Button
            onClick={() => {
              const rules = { ...source.rules };
              for (const r of RULE_IDS) delete rules[r];
              void commit({ ...source, rules }).then((ok) => setStatus(ok ? undefined : { rule: changed[0]!, ok }));
            }}
          >
            {t('options_rules_reset', changed.length)}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
