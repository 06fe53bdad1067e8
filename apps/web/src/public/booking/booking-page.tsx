import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft } from 'lucide-react';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asProblem } from '@/lib/api/problem';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { cx } from '@/ui/class-names';
import { createBooking, type CreatedBooking, type PublicWorkshop } from '../api/public-api';
import { workshopQuery } from '../api/workshop-query';
import { AccentStyle } from '../shared/accent-style';
import type { IsoDate } from '../shared/calendar-dates';
import { localDateOf } from '../shared/calendar-dates';
import type { Slot } from '../shared/nearest-slots';
import { preloadable } from '../shared/preloadable';
import { PageLoading, PublicLayout } from '../shared/public-layout';
import { takenOffer } from '../shared/taken-offer';
import { usePublicFormat } from '../shared/use-public-format';
import { useWorkshopLanguage } from '../shared/workshop-language';
import { WorkshopUnavailable } from '../shared/workshop-unavailable';
import { BookingPageOff } from './booking-page-off';
import {
  type BookingDraft,
  bookingBody,
  bookingSearch,
  canOpen,
  contactErrors,
  EMPTY_DRAFT,
  type FieldErrors,
  isStepComplete,
  nextStep,
  previousStep,
  readBookingAddress,
  type Step,
  STEPS,
  vehicleErrors,
} from './booking-steps';
import { ServiceStep } from './service-step';

// The first paint shows the services; the later steps come in chunks of their own, fetched as
// soon as it has painted (and waited for, briefly, only by a customer faster than the network).
const SlotPicker = preloadable(() => import('../shared/slot-picker').then((module) => module.SlotPicker));
const VehicleStep = preloadable(() => import('./vehicle-step').then((module) => module.VehicleStep));
const ContactStep = preloadable(() => import('./contact-step').then((module) => module.ContactStep));
const ReviewStep = preloadable(() => import('./review-step').then((module) => module.ReviewStep));
const NearestOffer = preloadable(() => import('../shared/nearest-offer').then((module) => module.NearestOffer));
const BookingConfirmation = preloadable(() =>
  import('./booking-confirmation').then((module) => module.BookingConfirmation),
);
const LATER_STEPS = [SlotPicker, VehicleStep, ContactStep, ReviewStep, NearestOffer, BookingConfirmation];

/** `/book/:slug`: the workshop's booking page, or why it cannot be shown. */
export function BookingPage({ slug }: { readonly slug: string }) {
  const workshop = useQuery(workshopQuery(slug));
  useWorkshopLanguage(workshop.data?.locale);
  if (workshop.isPending) return <PageLoading />;
  if (workshop.isError) return <WorkshopUnavailable error={workshop.error} onRetry={() => void workshop.refetch()} />;
  return (
    <>
      <AccentStyle accent={workshop.data.accentColor} />
      {workshop.data.bookingPageEnabled ? (
        <BookingFlow workshop={workshop.data} />
      ) : (
        <BookingPageOff workshop={workshop.data} />
      )}
    </>
  );
}

/** A step whose code is still on its way: announced, and as tall as a short step. */
function StepLoading() {
  const { t } = useTranslation('public');
  return (
    <div role="status" className="flex min-h-40 items-center justify-center gap-3 text-ink-muted">
      <span
        aria-hidden="true"
        className="inline-block size-6 animate-spin rounded-full border-2 border-current border-r-transparent"
      />
      {t('loading')}
    </div>
  );
}

type ServerErrors = Record<string, string>;

const TAKEN = new Set(['slot-taken', 'buffer-conflict']);
const TIME_RULES = new Set([
  'slot-in-past',
  'minimum-notice',
  'booking-horizon',
  'closed-date',
  'outside-opening-hours',
  'slot-not-aligned',
]);

function stepUrl(draft: BookingDraft): string {
  return `${window.location.pathname}${bookingSearch(window.location.search, { serviceId: draft.serviceId, day: draft.day })}`;
}

function BookingFlow({ workshop }: { readonly workshop: PublicWorkshop }) {
  const { t } = useTranslation('public');
  const queryClient = useQueryClient();
  const format = usePublicFormat(workshop.timeZone, workshop.currency);
  const [draft, setDraft] = useState<BookingDraft>(() => {
    const address = readBookingAddress(window.location.search);
    const serviceId = workshop.services.some((service) => service.id === address.serviceId) ? address.serviceId : null;
    return { ...EMPTY_DRAFT, serviceId, day: serviceId ? address.day : null };
  });
  const [step, setStep] = useState<Step>(() => (draft.serviceId ? 'time' : 'service'));
  const [attempted, setAttempted] = useState<Partial<Record<Step, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<ServerErrors>({});
  const [offer, setOffer] = useState<Slot[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedBooking | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const firstRender = useRef(true);
  const service = workshop.services.find((candidate) => candidate.id === draft.serviceId);

  // After the first paint, while the customer reads the services.
  useEffect(() => {
    const later = window.setTimeout(() => {
      for (const step of LATER_STEPS) void step.preload().catch(() => undefined);
    }, 0);
    return () => window.clearTimeout(later);
  }, []);

  // The browser's Back and Forward walk the steps; the address keeps the service and the day.
  useEffect(() => {
    window.history.replaceState({ bookingStep: step }, '', stepUrl(draftRef.current));
    const onPop = (event: PopStateEvent) => {
      const wanted = (event.state as { bookingStep?: Step } | null)?.bookingStep;
      const address = readBookingAddress(window.location.search);
      const current = draftRef.current;
      const next = { ...current, serviceId: address.serviceId ?? current.serviceId, day: address.day ?? current.day };
      setDraft(next);
      setStep(wanted && STEPS.includes(wanted) && canOpen(wanted, next) ? wanted : 'service');
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // Registered once; reads the draft through its ref.
  }, []);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step, created]);

  function go(target: Step, next: BookingDraft = draft) {
    setFailure(null);
    setStep(target);
    window.history.pushState({ bookingStep: target }, '', stepUrl(next));
  }

  function update(next: BookingDraft) {
    setDraft(next);
    window.history.replaceState(window.history.state, '', stepUrl(next));
  }

  function pickSlot(slot: Slot) {
    update({ ...draft, slot, day: localDateOf(slot.start) });
  }

  const submit = useMutation({
    mutationFn: () => createBooking(workshop.slug, bookingBody(draft)),
    onSuccess: (booking) => {
      setCreated(booking);
      void queryClient.invalidateQueries({ queryKey: ['public', 'availability'] });
      window.scrollTo({ top: 0 });
    },
    onError: async (error) => {
      const problem = asProblem(error);
      const code = problem?.type.split('/').pop() ?? '';
      if (code === 'booking-page-disabled') {
        // Switched off meanwhile: the page reloads the workshop and says so, with its contacts.
        await queryClient.invalidateQueries({ queryKey: workshopQuery(workshop.slug).queryKey });
        return;
      }
      if (TAKEN.has(code) && draft.slot && draft.serviceId) {
        setOffer(
          await takenOffer(queryClient, error, {
            slug: workshop.slug,
            serviceIds: [draft.serviceId],
            asked: draft.slot.start,
            timeZone: workshop.timeZone,
            horizonDays: workshop.horizonDays,
          }).catch(() => []),
        );
        return;
      }
      const fields = problem?.errors ?? [];
      if (fields.length > 0) {
        const errors: ServerErrors = {};
        for (const field of fields) errors[field.field.replace(/^(vehicle|customer)\./, '')] = field.message;
        setServerErrors(errors);
        const onVehicle = fields.some((field) => field.field.startsWith('vehicle'));
        go(onVehicle ? 'vehicle' : 'contact');
        return;
      }
      if (TIME_RULES.has(code)) {
        update({ ...draft, slot: null });
        go('time', { ...draft, slot: null });
        setFailure(t('failure.time'));
        return;
      }
      setFailure(problem?.status === 429 ? t('failure.tooMany') : (problem?.detail ?? t('failure.generic')));
    },
  });

  if (created) {
    return (
      <PublicLayout workshop={workshop}>
        <Suspense fallback={<StepLoading />}>
          <BookingConfirmation
            booking={created}
            email={draft.contact.email.trim()}
            format={format}
            onBookAnother={() => {
              setCreated(null);
              const next = { ...EMPTY_DRAFT, vehicle: draft.vehicle, contact: { ...draft.contact, consent: false } };
              setDraft(next);
              go('service', next);
            }}
          />
        </Suspense>
      </PublicLayout>
    );
  }

  const stepErrors = (which: 'vehicle' | 'contact'): FieldErrors => {
    const local = attempted[which]
      ? which === 'vehicle'
        ? vehicleErrors(draft.vehicle)
        : contactErrors(draft.contact)
      : {};
    const server: FieldErrors = Object.fromEntries(
      Object.keys(serverErrors)
        .filter((field) => (which === 'vehicle' ? field in draft.vehicle : field in draft.contact))
        .map((field) => [field, 'server' as const]),
    );
    return { ...server, ...local };
  };

  function proceed() {
    if (step === 'vehicle' || step === 'contact') {
      setAttempted({ ...attempted, [step]: true });
      if (!isStepComplete(step, draft)) {
        setFailure(t('failure.fields'));
        return;
      }
    }
    if (step === 'review') {
      setFailure(null);
      submit.mutate();
      return;
    }
    const next = nextStep(step);
    if (next) go(next);
  }

  const number = STEPS.indexOf(step) + 1;
  const primary = (() => {
    switch (step) {
      case 'service':
        return draft.serviceId ? t('continue') : null;
      case 'time':
        return draft.slot ? t('time.continueWith', { time: format.dateTime(draft.slot.start) }) : null;
      case 'review':
        return t('review.confirm');
      case 'vehicle':
      case 'contact':
        return t('continue');
    }
  })();

  return (
    <PublicLayout
      workshop={workshop}
      footer={
        primary ? (
          <Button
            size="lg"
            className="w-full sm:ml-auto sm:w-auto"
            busy={submit.isPending}
            disabled={step === 'review' && offer !== null}
            onClick={proceed}
          >
            {primary}
          </Button>
        ) : undefined
      }
    >
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t('booking.title', { workshop: workshop.name })}</h1>
        <ol aria-label={t('booking.progress')} className="mt-2 flex gap-1">
          {STEPS.map((candidate, index) => (
            <li
              key={candidate}
              aria-current={candidate === step ? 'step' : undefined}
              className={cx('h-1.5 flex-1 rounded-full', index < number ? 'bg-brand' : 'bg-line')}
            >
              <span className="sr-only">{t(`steps.${candidate}`)}</span>
            </li>
          ))}
        </ol>
      </div>

      <section aria-labelledby="step-title" className="flex flex-col gap-4">
        <div className="flex items-center gap-2">
          {previousStep(step) ? (
            <Button
              variant="ghost"
              className="size-11 shrink-0 px-0"
              aria-label={t('back')}
              onClick={() => go(previousStep(step)!)}
            >
              <ArrowLeft aria-hidden="true" className="size-5" />
            </Button>
          ) : null}
          <div>
            <p className="text-sm text-ink-muted">{t('booking.stepOf', { number, total: STEPS.length })}</p>
            <h2 id="step-title" ref={heading} tabIndex={-1} className="text-xl font-semibold">
              {t(`steps.${step}`)}
            </h2>
          </div>
        </div>

        {failure ? <Alert tone="danger">{failure}</Alert> : null}

        <Suspense fallback={<StepLoading />}>
          {step === 'service' ? (
            <ServiceStep
              services={workshop.services}
              selected={draft.serviceId}
              format={format}
              onChoose={(id) => {
                const next = { ...draft, serviceId: id, slot: id === draft.serviceId ? draft.slot : null };
                setDraft(next);
                go('time', next);
              }}
            />
          ) : null}

          {step === 'time' && draft.serviceId ? (
            <SlotPicker
              slug={workshop.slug}
              serviceIds={[draft.serviceId]}
              timeZone={workshop.timeZone}
              horizonDays={workshop.horizonDays}
              day={draft.day}
              onDayChange={(day: IsoDate) =>
                update({ ...draft, day, slot: draft.slot && localDateOf(draft.slot.start) === day ? draft.slot : null })
              }
              selected={draft.slot}
              onSelect={pickSlot}
            />
          ) : null}

          {step === 'vehicle' ? (
            <VehicleStep
              vehicle={draft.vehicle}
              errors={stepErrors('vehicle')}
              onChange={(vehicle) => {
                setServerErrors({});
                setFailure(null);
                setDraft({ ...draft, vehicle });
              }}
            />
          ) : null}

          {step === 'contact' ? (
            <ContactStep
              contact={draft.contact}
              workshopName={workshop.name}
              errors={stepErrors('contact')}
              onChange={(contact) => {
                setServerErrors({});
                setFailure(null);
                setDraft({ ...draft, contact });
              }}
            />
          ) : null}

          {step === 'review' ? (
            <>
              {offer ? (
                <NearestOffer
                  slots={offer}
                  format={format}
                  onPick={(slot) => {
                    setOffer(null);
                    pickSlot(slot);
                  }}
                />
              ) : null}
              <ReviewStep draft={draft} service={service} format={format} onEdit={(target) => go(target)} />
              <p className="text-sm text-ink-muted">{t('time.zone', { zone: format.zone })}</p>
            </>
          ) : null}
        </Suspense>
      </section>
    </PublicLayout>
  );
}
