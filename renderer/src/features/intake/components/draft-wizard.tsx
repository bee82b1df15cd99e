import { useState } from 'react';
import { Stack, Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { RequestActions } from '../data/request-actions';
import { useDraftAutosave } from '../hooks/use-draft-autosave';
import { useRefusable } from '../hooks/use-refusable';
import { ChecklistStep } from './checklist-step';
import { ReviewStep } from './review-step';

type Props = { request: RequestDoc; beneficiary: BeneficiaryDoc | null; actions: RequestActions };

/**
 * A draft's steps: the type is already chosen (it made the draft), then the checklist, the review, and
 * completion through the gate. Values typed are autosaved; completion waits for the last save first.
 */
export function DraftWizard({ request, beneficiary, actions }: Props) {
  const { t } = useTranslation();
  const [step, setStep] = useState<1 | 2>(1);
  const { busy, refusal, run, clear } = useRefusable();
  const draft = useDraftAutosave(request, actions);

  const complete = () =>
    run(async () => {
      await draft.flush();
      return actions.transition({ to: 'awaiting-signature' });
    });

  return (
    <Stack gap="md">
      <Stepper active={step} onStepClick={(index) => index >= 1 && setStep(index === 1 ? 1 : 2)} size="sm">
        <Stepper.Step label={t('intake.steps.type')} />
        <Stepper.Step label={t('intake.steps.checklist')} />
        <Stepper.Step label={t('intake.steps.review')} />
        <Stepper.Step label={t('intake.steps.complete')} />
      </Stepper>
      {step === 1 ? (
        <ChecklistStep request={request} actions={actions} draft={draft} onNext={() => setStep(2)} />
      ) : (
        <ReviewStep
          request={request}
          beneficiary={beneficiary}
          busy={busy}
          refusal={refusal}
          onBack={() => {
            clear();
            setStep(1);
          }}
          onComplete={() => void complete()}
        />
      )}
    </Stack>
  );
}
