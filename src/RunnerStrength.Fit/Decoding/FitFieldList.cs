namespace RunnerStrength.Fit.Decoding;

/// <summary>The present fields of a message, in file order with expanded components after them.</summary>
public readonly struct FitFieldList
{
    private readonly FitMessage _message;

    internal FitFieldList(FitMessage message) => _message = message;

    /// <summary>Number of fields.</summary>
    public int Count => _message.Count;

    /// <summary>The field at <paramref name="index"/>.</summary>
    public FitField this[int index] => _message.FieldAt(index);

    /// <summary>Enumerates without allocating.</summary>
    public Enumerator GetEnumerator() => new(_message);

    /// <summary>A struct enumerator over the fields.</summary>
    public struct Enumerator
    {
        private readonly FitMessage _message;
        private int _index;

        internal Enumerator(FitMessage message)
        {
            _message = message;
            _index = -1;
        }

        /// <summary>The current field.</summary>
        public readonly FitField Current => new(_message, _index);

        /// <summary>Advances to the next field.</summary>
        public bool MoveNext() => ++_index < _message.Count;
    }
}
