import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CalendarOff, FileClock, LinkIcon, Phone } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asProblem, problemCode } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { buttonClasses } from '@/ui/button';
import { LoadFailed } from '@/ui/load-failed';
import { estimateQuery } from '../api/estimate-query';
import { decideEstimate, type EstimateDecision, type PublicEstimate } from '../api/public-api';
import { PageLoading, PublicLayout, StatusPage } from '../shared/public-layout';
import { useWorkshopLanguage } from '../shared/workshop-language';
import { EstimateDecisionForm } from './estimate-decision-form';
import { EstimateReceipt } from './estimate-receipt';
import { telLink } from './estimate-summary';
import { estimateLink } from './estimate-link';
import { useEstimateFormat } from './use-estimate-format';

/** The 409s that mean "what you saw is no longer what can be decided": reload and explain. */
const RELOADING_CONFLICTS = ['estimate-changed', 'estimate-superseded', 'estimate-already-decided'] as const;
type ReloadingConflict = (typeof RELOADING_CONFLICTS)[number];

function isReloadingConflict(code: string | undefined): code is ReloadingConflict {
  return (RELOADING_CONFLICTS as readonly (string | undefined)[]).includes(code);
}

/** `/estimate#<token>`: the estimate the customer was mailed, to approve or decline line by line. */
export function EstimatePage() {
  const { t } = useTranslation('public');
  // `generation` counts the links opened in this tab: a newer one is a new page, not a refetch.
  const [{ token, generation }, setLink] = useState(() => ({ token: estimateLink.take(), generation: 0 }));
  useEffect(() => {
    const follow = () => {
      const newer = estimateLink.takeNewer();
      if (newer) setLink((current) => ({ token: newer, generation: current.generation + 1 }));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const query = estimateQuery(token, generation);
  const { queryKey } = query;
  const estimate = useQuery(query);
  useWorkshopLanguage(estimate.data?.workshop.locale);
  if (!token || problemCode(estimate.error) === 'estimate-not-found') {
    return (
      <StatusPage
        icon={<LinkIcon aria-hidden="true" className="size-12 text-ink-muted" />}
        title={t('estimate.notFound.title')}
      >
        <p className="text-ink-muted">{t('estimate.notFound.body')}</p>
      </StatusPage>
    );
  }
  if (estimate.isPending) return <PageLoading />;
  if (estimate.isError) {
    if (problemCode(estimate.error) === 'workshop-not-accepting-requests') {
      return (
        <StatusPage
          icon={<CalendarOff aria-hidden="true" className="size-12 text-ink-muted" />}
          title={t('estimate.notAccepting.title')}
        >
          <p className="text-ink-muted">{t('estimate.notAccepting.body')}</p>
        </StatusPage>
      );
    }
    return (
      <PublicLayout>
        <h1 className="sr-only">{t('unavailable.failed')}</h1>
        <LoadFailed title={t('unavailable.failed')} retryLabel={t('retry')} onRetry={() => void estimate.refetch()}>
          {t('unavailable.failedBody')}
        </LoadFailed>
      </PublicLayout>
    );
  }
  return <EstimateView key={generation} token={token} queryKey={queryKey} estimate={estimate.data} />;
}

function EstimateView({
  token,
  queryKey,
  estimate,
}: {
  readonly token: string;
  readonly queryKey: readonly unknown[];
  readonly estimate: PublicEstimate;
}) {
  const { t } = useTranslation('public');
  const queryClient = useQueryClient();
  const format = useEstimateFormat(estimate.workshop.timeZone, estimate.snapshot.currency);
  const [signatureName, setSignatureName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [justDecided, setJustDecided] = useState(false);
  // The workshop changed the order's lines after sending this version: it stays "open", but
  // deciding it again would only be refused again, until the workshop sends a new version.
  const [outdated, setOutdated] = useState(false);

  const decide = useMutation({
    mutationFn: (decision: EstimateDecision) => decideEstimate(token, decision),
    onMutate: () => {
      setFailure(null);
      setNameError(null);
    },
    onSuccess: (decided) => {
      queryClient.setQueryData(queryKey, decided);
      setNotice(null);
      setJustDecided(true);
      window.scrollTo({ top: 0 });
    },
    onError: async (error) => {
      const code = problemCode(error);
      if (isReloadingConflict(code)) {
        // Nothing was recorded: show the estimate as it is now, and say why it changed.
        await queryClient.invalidateQueries({ queryKey });
        setOutdated(code === 'estimate-changed');
        setNotice(t(`estimate.changed.${code}`));
        window.scrollTo({ top: 0 });
        return;
      }
      const problem = asProblem(error);
      const onName = problem?.errors?.find((fieldError) => fieldError.field === 'signatureName');
      if (onName) setNameError(onName.message);
      else if (problem?.status === 429) setFailure(t('failure.tooMany'));
      else setFailure(problem?.detail ?? t('failure.generic'));
    },
  });

  if (estimate.state === 'decided' && estimate.decision) {
    return (
      <EstimateReceipt
        estimate={{ ...estimate, decision: estimate.decision }}
        format={format}
        justDecided={justDecided}
        notice={notice}
      />
    );
  }
  if (estimate.state !== 'open' || outdated) {
    return <EstimateSuperseded estimate={estimate} notice={notice} outdated={outdated} />;
  }
  return (
    <EstimateDecisionForm
      key={estimate.hash}
      estimate={estimate}
      format={format}
      signatureName={signatureName}
      onSignatureName={(name) => {
        setSignatureName(name);
        setNameError(null);
      }}
      notice={notice}
      failure={failure}
      nameError={nameError}
      busy={decide.isPending}
      onDecide={(decision) => decide.mutate(decision)}
    />
  );
}

/** A version the workshop replaced, moved past or changed after sending: nothing to decide here. */
function EstimateSuperseded({
  estimate,
  notice,
  outdated,
}: {
  readonly estimate: PublicEstimate;
  readonly notice: string | null;
  readonly outdated: boolean;
}) {
  const { t } = useTranslation('public');
  const { workshop } = estimate;
  return (
    <PublicLayout workshop={workshop}>
      {notice ? (
        <Alert tone="warning" title={t('estimate.changed.title')}>
          {notice}
        </Alert>
      ) : null}
      <section className="mx-auto flex max-w-md flex-1 flex-col items-center justify-center gap-4 py-10 text-center">
        <FileClock aria-hidden="true" className="size-12 text-ink-muted" />
        <h1 className="text-2xl font-bold">
          {outdated ? t('estimate.superseded.outdatedTitle') : t('estimate.superseded.title')}
        </h1>
        <p className="text-ink-muted">
          {outdated
            ? t('estimate.superseded.outdatedBody', { workshop: workshop.name })
            : t('estimate.superseded.body', { workshop: workshop.name })}
        </p>
        {workshop.phone ? (
          <a href={telLink(workshop.phone)} className={buttonClasses('primary', 'lg', 'w-full sm:w-auto')}>
            <Phone aria-hidden="true" className="size-5" />
            {t('estimate.call', { phone: workshop.phone })}
          </a>
        ) : null}
      </section>
    </PublicLayout>
  );
}
