import { formatFrHours, parseFrHours } from '../../../../shared/format/input';
import { FrTextInput, type FrTextInputProps } from './FrTextInput';

type Props = Omit<FrTextInputProps<number>, 'parse' | 'format'>;

/** Hours a week typed `17,5`, held as a number. */
export function FrHoursInput(props: Props) {
  return <FrTextInput inputMode="decimal" rightSection={<span aria-hidden>h</span>} {...props} parse={parseFrHours} format={formatFrHours} />;
}
