import { IconCalendar } from '@tabler/icons-react';
import { formatFrDate, parseFrDate } from '../../../../shared/format/input';
import { FrTextInput, type FrTextInputProps } from './FrTextInput';

type Props = Omit<FrTextInputProps<string>, 'parse' | 'format'>;

/** A date typed `JJ/MM/AAAA`, held as `YYYY-MM-DD`. */
export function FrDateInput(props: Props) {
  return (
    <FrTextInput
      placeholder="JJ/MM/AAAA"
      inputMode="numeric"
      maxLength={10}
      leftSection={<IconCalendar size={16} aria-hidden />}
      {...props}
      parse={parseFrDate}
      format={formatFrDate}
    />
  );
}
