import {
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
} from '@machi-dx/ui';
import { useBookingTranslator } from '../../hooks/useBookingTranslator';
import type { ManageActionState } from '../../hooks/useManageBooking';
import { ApiErrorNotice } from '../parts/ApiErrorNotice';

/** Props of the internal cancel confirmation. */
export interface CancelDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** What is being cancelled, in words: 2026年12月2日(水) 10:00〜11:00の「生活保護の相談」. */
  description: string;
  action: ManageActionState;
  onConfirm: () => void;
}

/** Internal: "cancel this booking?" — nothing is cancelled until the resident confirms. */
export function CancelDialog({
  open,
  onOpenChange,
  description,
  action,
  onConfirm,
}: CancelDialogProps) {
  const t = useBookingTranslator();
  const failed = action.status === 'failed' && action.operation === 'cancel';
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="machi-manage__dialog">
        <DialogTitle>{t('booking.manage.cancelTitle')}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
        {failed && <ApiErrorNotice error={action.error} />}
        <div className="machi-booking-actions">
          <DialogClose>{t('booking.manage.cancelKeep')}</DialogClose>
          <Button variant="danger" loading={action.status === 'cancelling'} onClick={onConfirm}>
            {t('booking.manage.cancelConfirm')}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
