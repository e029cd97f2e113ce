import { formatFrPercent, parseFrPercent } from '../../../../shared/format/input';
import { FrTextInput, type FrTextInputProps } from './FrTextInput';

type Props = Omit<FrTextInputProps<string>, 'parse' | 'format'>;

/** A percentage typed `87,5`, held as the document's `"87.5"`. */
export function FrPercentInput(props: Props) {
  return <FrTextInput inputMode="decimal" rightSection={<span aria-hidden>%</span>} {...props} parse={parseFrPercent} format={formatFrPercent} />;
}
