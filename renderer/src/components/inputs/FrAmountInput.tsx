import { formatFrAmount, parseFrAmount } from '../../../../shared/format/input';
import { FrTextInput, type FrTextInputProps } from './FrTextInput';

type Props = Omit<FrTextInputProps<string>, 'parse' | 'format'>;

/** An amount in euros typed `1 234,56`, held as the document's `"1234.56"`. */
export function FrAmountInput(props: Props) {
  return (
    <FrTextInput placeholder="0,00" inputMode="decimal" rightSection={<span aria-hidden>€</span>} {...props} parse={parseFrAmount} format={formatFrAmount} />
  );
}
